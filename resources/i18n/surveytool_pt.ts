<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../surveytool/ui/about.py" line="91"/>
        <source>About surveytool</source>
        <translation>Acerca do surveytool</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/about.py" line="92"/>
        <source>surveytool: JLMP labour migration module</source>
        <translation>surveytool: módulo de migração laboral do JLMP</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/about.py" line="95"/>
        <source>Version:</source>
        <translation>Versão:</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/about.py" line="95"/>
        <source>Questionnaire:</source>
        <translation>Questionário:</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/about.py" line="95"/>
        <source>Store:</source>
        <translation>Base de dados:</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/about.py" line="95"/>
        <source>Log:</source>
        <translation>Registo:</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/about.py" line="102"/>
        <source>still loading</source>
        <translation>ainda a carregar</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/about.py" line="103"/>
        <source>Open the log folder</source>
        <translation>Abrir a pasta de registos</translation>
    </message>
</context>
<context>
    <name>CaseBar</name>
    <message>
        <location filename="../../surveytool/ui/case_bar.py" line="66"/>
        <location filename="../../surveytool/ui/case_bar.py" line="86"/>
        <source>Household {key}</source>
        <translation>Agregado familiar {key}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_bar.py" line="67"/>
        <source>Back to cases</source>
        <translation>Voltar aos casos</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_bar.py" line="68"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_bar.py" line="69"/>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_bar.py" line="70"/>
        <source>Reopen the case to change answers</source>
        <translation>Reabrir o caso para alterar as respostas</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_bar.py" line="71"/>
        <source>Mark complete</source>
        <translation>Marcar como completo</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_bar.py" line="72"/>
        <source>Ctrl+Enter or F10</source>
        <translation>Ctrl+Enter ou F10</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_bar.py" line="93"/>
        <source>Returned by the office: {comment}</source>
        <translation>Devolvido pelo escritório: {comment}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_bar.py" line="101"/>
        <source>Saved {time}</source>
        <translation>Guardado às {time}</translation>
    </message>
</context>
<context>
    <name>CaseDecisions</name>
    <message>
        <location filename="../../surveytool/ui/office_decisions.py" line="105"/>
        <source>{check}, line {line}</source>
        <translation>{check}, linha {line}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_decisions.py" line="134"/>
        <source>Household {key} approved.</source>
        <translation>Agregado familiar {key} aprovado.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_decisions.py" line="140"/>
        <source>and {count} more</source>
        <translation>e mais {count}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_decisions.py" line="143"/>
        <source>Approving this case needs a justification of its warnings:</source>
        <translation>Para aprovar este caso, é preciso justificar os seus avisos:</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_decisions.py" line="145"/>
        <source>Why are these answers right?</source>
        <translation>Porque estão estas respostas corretas?</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_decisions.py" line="148"/>
        <source>Justify warnings</source>
        <translation>Justificar os avisos</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_decisions.py" line="157"/>
        <source>Reject case</source>
        <translation>Rejeitar o caso</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_decisions.py" line="157"/>
        <source>What must the enumerator fix?</source>
        <translation>O que deve o inquiridor corrigir?</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_decisions.py" line="165"/>
        <source>Household {key} rejected: sent back to the enumerator.</source>
        <translation>Agregado familiar {key} rejeitado: devolvido ao inquiridor.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_decisions.py" line="173"/>
        <source>Revoke approval</source>
        <translation>Revogar a aprovação</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_decisions.py" line="173"/>
        <source>Why is the approval withdrawn?</source>
        <translation>Porque é retirada a aprovação?</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_decisions.py" line="181"/>
        <source>Household {key}: approval revoked, the case is under review again.</source>
        <translation>Agregado familiar {key}: aprovação revogada, o caso volta a estar em revisão.</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="96"/>
        <source>All statuses</source>
        <translation>Todos os estados</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="91"/>
        <source>New case</source>
        <translation>Novo caso</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="90"/>
        <source>Search household (e.g. C0012); Down: the list</source>
        <translation>Procurar agregado familiar (ex.: C0012); Down: a lista</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="92"/>
        <source>Ctrl+Shift+N or Insert</source>
        <translation>Ctrl+Shift+N ou Insert</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="170"/>
        <source>{count} cases</source>
        <translation>{count} casos</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="76"/>
        <source>Household</source>
        <translation>Agregado familiar</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="77"/>
        <source>Cluster</source>
        <translation>Conglomerado</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="78"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="79"/>
        <source>Last change</source>
        <translation>Última alteração</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="80"/>
        <source>Errors</source>
        <translation>Erros</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="81"/>
        <source>Enumerator</source>
        <translation>Inquiridor</translation>
    </message>
</context>
<context>
    <name>CaseWrites</name>
    <message>
        <location filename="../../surveytool/ui/case_writes.py" line="132"/>
        <source>Marked complete. The case is now read-only; Reopen to change it.</source>
        <translation>Marcado como completo. O caso está agora só de leitura; use Reabrir para o alterar.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_writes.py" line="152"/>
        <source>Reopened: the answers can be changed again.</source>
        <translation>Reaberto: as respostas podem voltar a ser alteradas.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../surveytool/ui/crash.py" line="89"/>
        <source>surveytool: a problem</source>
        <translation>surveytool: um problema</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/crash.py" line="93"/>
        <source>{count} more problem(s) were logged since.</source>
        <translation>Desde então, foram registados mais {count} problema(s).</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../surveytool/ui/crash.py" line="66"/>
        <source>Something went wrong. Your answers are saved. Details were written to {path}.</source>
        <extracomment>the three doors&apos; keepers before ours: sys.excepthook, threading.excepthook, Qt&apos;s handler</extracomment>
        <translation>Algo correu mal. As suas respostas estão guardadas. Os detalhes foram escritos em {path}.</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <location filename="../../surveytool/ui/form_view.py" line="270"/>
        <source>End of the questionnaire: Ctrl+Enter or F10 marks it complete.</source>
        <translation>Fim do questionário: Ctrl+Enter ou F10 marca-o como completo.</translation>
    </message>
</context>
<context>
    <name>LineInput</name>
    <message>
        <location filename="../../surveytool/ui/inputs.py" line="64"/>
        <source>YYYY-MM</source>
        <translation>AAAA-MM</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/inputs.py" line="64"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/inputs.py" line="112"/>
        <source>“{text}” is not a whole number; it was not saved.</source>
        <translation>«{text}» não é um número inteiro; não foi guardado.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/inputs.py" line="115"/>
        <source>“{text}” is not a number: write it like {example}; it was not saved.</source>
        <translation>«{text}» não é um número: escreva-o como {example}; não foi guardado.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/inputs.py" line="119"/>
        <source>“{text}” is not a month: write it as YYYY-MM; it was not saved.</source>
        <translation>«{text}» não é um mês: use o formato AAAA-MM; não foi guardado.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/inputs.py" line="123"/>
        <source>“{text}” is not a date: write it as YYYY-MM-DD; it was not saved.</source>
        <translation>«{text}» não é uma data: use o formato AAAA-MM-DD; não foi guardado.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/inputs.py" line="125"/>
        <source>“{text}” cannot be an answer here; it was not saved.</source>
        <translation>«{text}» não pode ser uma resposta aqui; não foi guardado.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="158"/>
        <source>surveytool: JLMP labour migration module</source>
        <translation>surveytool: módulo de migração laboral do JLMP</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="139"/>
        <source>Enumerator</source>
        <translation>Inquiridor</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="116"/>
        <location filename="../../surveytool/ui/main_window.py" line="140"/>
        <source>Office</source>
        <translation>Escritório</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="144"/>
        <source>The AU workspace (merge countries, continental tables) comes with the merge release.</source>
        <translation>O espaço de trabalho da UA (fusão de países, tabelas continentais) estará disponível com a versão de fusão.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="141"/>
        <source>AU</source>
        <translation>UA</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="164"/>
        <source>Store: {path}</source>
        <translation>Base de dados: {path}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="168"/>
        <source>Enumerator: {id}</source>
        <translation>Inquiridor: {id}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="170"/>
        <source>Enumerator: not set</source>
        <translation>Inquiridor: não definido</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="232"/>
        <source>Opened {path}</source>
        <translation>Aberto: {path}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="260"/>
        <source>Generate demo households</source>
        <translation>Gerar agregados familiares de demonstração</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="261"/>
        <source>How many households?</source>
        <translation>Quantos agregados familiares?</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="302"/>
        <source>{count} demo households added</source>
        <translation>{count} agregados familiares de demonstração adicionados</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="319"/>
        <source>Questionnaire {id} {version} loaded</source>
        <translation>Questionário {id} {version} carregado</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="330"/>
        <source>New household</source>
        <translation>Novo agregado familiar</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="340"/>
        <source>The questionnaire is still loading…</source>
        <translation>O questionário ainda está a ser carregado…</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="100"/>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="101"/>
        <source>&amp;New store…</source>
        <translation>&amp;Nova base de dados…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="102"/>
        <source>&amp;Open store…</source>
        <translation>&amp;Abrir base de dados…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="103"/>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;recentes</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="104"/>
        <source>&amp;Generate demo households…</source>
        <translation>&amp;Gerar agregados familiares de demonstração…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="105"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="106"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="107"/>
        <source>&amp;Interface</source>
        <translation>&amp;Interface</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="108"/>
        <source>&amp;Questionnaire</source>
        <translation>&amp;Questionário</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="109"/>
        <source>&amp;Help</source>
        <translation>&amp;Ajuda</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="110"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atalhos de &amp;teclado</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="111"/>
        <source>&amp;About surveytool</source>
        <translation>&amp;Acerca do surveytool</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="243"/>
        <source>New household</source>
        <translation>Novo agregado familiar</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="245"/>
        <source>&amp;Cluster</source>
        <translation>&amp;Conglomerado</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="246"/>
        <source>&amp;Household number</source>
        <translation>&amp;Número do agregado familiar</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="247"/>
        <source>&amp;Enumerator id</source>
        <translation>Código do &amp;inquiridor</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="248"/>
        <source>&amp;Year</source>
        <translation>&amp;Ano</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="249"/>
        <source>C&amp;ountry</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="273"/>
        <source>Enter the cluster (enumeration area).</source>
        <translation>Introduza o conglomerado (área de enumeração).</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="277"/>
        <source>Enter your enumerator id.</source>
        <translation>Introduza o seu código de inquiridor.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="283"/>
        <source>This household exists already.</source>
        <translation>Este agregado familiar já existe.</translation>
    </message>
</context>
<context>
    <name>OfficeWords</name>
    <message>
        <location filename="../../surveytool/ui/office_models.py" line="95"/>
        <source>error</source>
        <translation>erro</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_models.py" line="96"/>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_models.py" line="103"/>
        <source>household</source>
        <translation>agregado familiar</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_models.py" line="104"/>
        <source>person</source>
        <translation>pessoa</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_models.py" line="105"/>
        <source>absentee</source>
        <translation>ausente</translation>
    </message>
</context>
<context>
    <name>OfficeWorkspace</name>
    <message>
        <location filename="../../surveytool/ui/office.py" line="185"/>
        <source>Validate the store</source>
        <translation>Validar a base</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="186"/>
        <source>Validate a folder…</source>
        <translation>Validar uma pasta…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="310"/>
        <source>Run a validation to review the cases.</source>
        <translation>Execute uma validação para rever os casos.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="188"/>
        <location filename="../../surveytool/ui/office.py" line="200"/>
        <source>Check</source>
        <translation>Controlo</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="188"/>
        <location filename="../../surveytool/ui/office.py" line="201"/>
        <source>Severity</source>
        <translation>Gravidade</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="188"/>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="188"/>
        <source>Failed</source>
        <translation>Falhas</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="193"/>
        <location filename="../../surveytool/ui/office.py" line="197"/>
        <source>Household</source>
        <translation>Agregado familiar</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="198"/>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="193"/>
        <location filename="../../surveytool/ui/office.py" line="199"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="190"/>
        <source>By check</source>
        <translation>Por controlo</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="191"/>
        <source>By household</source>
        <translation>Por agregado familiar</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="193"/>
        <source>Errors</source>
        <translation>Erros</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="193"/>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="202"/>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="203"/>
        <source>Justified</source>
        <translation>Justificado</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="206"/>
        <source>Open case at question</source>
        <translation>Abrir o caso na pergunta</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="207"/>
        <source>Approve case</source>
        <translation>Aprovar o caso</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="208"/>
        <source>Reject case…</source>
        <translation>Rejeitar o caso…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="209"/>
        <source>Revoke approval…</source>
        <translation>Revogar a aprovação…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="210"/>
        <source>Justify warning…</source>
        <translation>Justificar o aviso…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="271"/>
        <source>Validating…</source>
        <translation>A validar…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="283"/>
        <source>Choose a folder with households.csv and persons.csv</source>
        <translation>Escolha uma pasta com households.csv e persons.csv</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="313"/>
        <source>{errors} error(s), {warnings} warning(s)</source>
        <translation>{errors} erro(s), {warnings} aviso(s)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="320"/>
        <source>{count} case(s) ({statuses}): {counts}</source>
        <translation>{count} caso(s) ({statuses}): {counts}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="330"/>
        <source>{count} check(s) not fully run:</source>
        <translation>{count} controlo(s) não executado(s) por completo:</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_actions.py" line="108"/>
        <source>Justify warning</source>
        <translation>Justificar o aviso</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_actions.py" line="109"/>
        <source>Why is this answer right?</source>
        <translation>Porque está esta resposta correta?</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../surveytool/ui/problems_dialog.py" line="69"/>
        <source>The case cannot be marked complete</source>
        <translation>O caso não pode ser marcado como completo</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/problems_dialog.py" line="71"/>
        <source>{count} problem(s) must be solved first (Enter opens one):</source>
        <translation>Primeiro é preciso resolver {count} problema(s) (Enter abre um):</translation>
    </message>
</context>
<context>
    <name>RefusalDialog</name>
    <message>
        <location filename="../../surveytool/ui/office_decisions.py" line="60"/>
        <source>Decision refused</source>
        <translation>Decisão recusada</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="71"/>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
</context>
<context>
    <name>RosterWidget</name>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="170"/>
        <source>Add member</source>
        <translation>Adicionar membro</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="171"/>
        <source>Insert or Ctrl+N</source>
        <translation>Insert ou Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="172"/>
        <source>Open member</source>
        <translation>Abrir membro</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="173"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="174"/>
        <source>Move up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="175"/>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="176"/>
        <source>Move down</source>
        <translation>Mover para baixo</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="177"/>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="178"/>
        <location filename="../../surveytool/ui/roster.py" line="302"/>
        <source>Remove member</source>
        <translation>Remover membro</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="179"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="193"/>
        <source>The rows are made from an earlier answer.</source>
        <translation>As linhas resultam de uma resposta anterior.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="195"/>
        <source>The number of rows is the answer to “{question}”.</source>
        <translation>O número de linhas é a resposta a «{question}».</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="290"/>
        <source>There is no member yet: add one with Insert or “Add member”.</source>
        <translation>Ainda não há nenhum membro: adicione um com Insert ou «Adicionar membro».</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="303"/>
        <source>Remove member {line} {name} and all their answers?</source>
        <translation>Remover o membro {line} {name} e todas as suas respostas?</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="310"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="29"/>
        <source>Accept the answer and go to the next question</source>
        <translation>Aceitar a resposta e passar à pergunta seguinte</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="30"/>
        <source>Next question (at the end of a page: the next page)</source>
        <translation>Pergunta seguinte (no fim de uma página: a página seguinte)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="31"/>
        <source>Previous question (at the top: previous page)</source>
        <translation>Pergunta anterior (no topo: a página anterior)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="32"/>
        <source>Move between the options of a question</source>
        <translation>Mover entre as opções de uma pergunta</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="33"/>
        <source>Tick or untick the focused option</source>
        <translation>Assinalar ou desassinalar a opção com o foco</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="34"/>
        <source>Searchable list: open it (typing searches it)</source>
        <translation>Lista com pesquisa: abri-la (escrever pesquisa na lista)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="35"/>
        <source>Choose the n-th option of a single choice question</source>
        <translation>Escolher a n-ésima opção de uma pergunta de escolha única</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="36"/>
        <source>Next page</source>
        <translation>Página seguinte</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="37"/>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="38"/>
        <location filename="../../surveytool/ui/shortcuts.py" line="39"/>
        <source>Mark the case complete</source>
        <translation>Marcar o caso como completo</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="40"/>
        <source>Back to the case list</source>
        <translation>Voltar à lista de casos</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="41"/>
        <location filename="../../surveytool/ui/shortcuts.py" line="42"/>
        <source>Roster: add a member and open it</source>
        <translation>Lista de membros: adicionar um membro e abri-lo</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="43"/>
        <source>Roster: open the selected member</source>
        <translation>Lista de membros: abrir o membro selecionado</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="44"/>
        <source>Roster: move the selected member up</source>
        <translation>Lista de membros: mover o membro selecionado para cima</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="45"/>
        <source>Roster: move the selected member down</source>
        <translation>Lista de membros: mover o membro selecionado para baixo</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="46"/>
        <source>Roster: remove the selected member (asks first)</source>
        <translation>Lista de membros: remover o membro selecionado (pede confirmação)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="47"/>
        <source>Case list: from the search box into the list</source>
        <translation>Lista de casos: da caixa de pesquisa para a lista</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="48"/>
        <source>Case list: open the selected case or only match</source>
        <translation>Lista de casos: abrir o caso selecionado ou o único resultado</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="49"/>
        <location filename="../../surveytool/ui/shortcuts.py" line="50"/>
        <source>Case list: new case</source>
        <translation>Lista de casos: novo caso</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="51"/>
        <source>Show this list of keyboard shortcuts</source>
        <translation>Mostrar esta lista de atalhos de teclado</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="94"/>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="95"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="95"/>
        <source>What it does</source>
        <translation>O que faz</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="115"/>
        <source>New</source>
        <translation>Novo</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="116"/>
        <source>In progress</source>
        <translation>Em curso</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="117"/>
        <source>Complete</source>
        <translation>Completo</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="118"/>
        <source>Approved</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="119"/>
        <source>Rejected</source>
        <translation>Rejeitado</translation>
    </message>
</context>
<context>
    <name>StatusSelector</name>
    <message>
        <location filename="../../surveytool/ui/office_statuses.py" line="44"/>
        <source>Which cases of the store to validate</source>
        <translation>Que casos da base de dados validar</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_statuses.py" line="47"/>
        <source>All statuses</source>
        <translation>Todos os estados</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_statuses.py" line="48"/>
        <source>Sent for review (complete, approved)</source>
        <translation>Enviados para revisão (completos, aprovados)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_statuses.py" line="51"/>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_statuses.py" line="54"/>
        <source>Cases: {statuses}</source>
        <translation>Casos: {statuses}</translation>
    </message>
</context>
<context>
    <name>StoreChooser</name>
    <message>
        <location filename="../../surveytool/ui/stores.py" line="45"/>
        <location filename="../../surveytool/ui/stores.py" line="65"/>
        <location filename="../../surveytool/ui/stores.py" line="73"/>
        <source>New store</source>
        <translation>Nova base de dados</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/stores.py" line="52"/>
        <location filename="../../surveytool/ui/stores.py" line="73"/>
        <source>Open store</source>
        <translation>Abrir base de dados</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/stores.py" line="66"/>
        <source>{path} exists already: use Open store to open it.</source>
        <translation>{path} já existe: use «Abrir base de dados» para o abrir.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/stores.py" line="75"/>
        <source>Wait until the running job has finished.</source>
        <translation>Aguarde até que a tarefa em curso termine.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/stores.py" line="80"/>
        <source>There is no store at {path}.</source>
        <translation>Não existe nenhuma base de dados em {path}.</translation>
    </message>
</context>
</TS>
