<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT" sourcelanguage="en">
<context>
    <name>CaseList</name>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="40"/>
        <source>Search household (e.g. C0012)</source>
        <translation>Procurar agregado familiar (ex.: C0012)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="43"/>
        <source>All statuses</source>
        <translation>Todos os estados</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="46"/>
        <source>New case</source>
        <translation>Novo caso</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="79"/>
        <source>{count} cases</source>
        <translation>{count} casos</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="75"/>
        <source>Household</source>
        <translation>Agregado familiar</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="76"/>
        <source>Cluster</source>
        <translation>Conglomerado</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="77"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="78"/>
        <source>Last change</source>
        <translation>Última alteração</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="79"/>
        <source>Errors</source>
        <translation>Erros</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="80"/>
        <source>Enumerator</source>
        <translation>Inquiridor</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <location filename="../../surveytool/ui/form_view.py" line="57"/>
        <source>Mark complete</source>
        <translation>Marcar como completo</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/form_view.py" line="60"/>
        <source>Back to cases</source>
        <translation>Voltar aos casos</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/form_view.py" line="62"/>
        <source>Household {key}</source>
        <translation>Agregado familiar {key}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/form_view.py" line="70"/>
        <source>Returned by the office: {comment}</source>
        <translation>Devolvido pelo escritório: {comment}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/form_view.py" line="208"/>
        <source>Saved {time}</source>
        <translation>Guardado às {time}</translation>
    </message>
</context>
<context>
    <name>LineInput</name>
    <message>
        <location filename="../../surveytool/ui/inputs.py" line="65"/>
        <source>YYYY-MM</source>
        <translation>AAAA-MM</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/inputs.py" line="65"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="51"/>
        <source>surveytool: JLMP labour migration module</source>
        <translation>surveytool: módulo de migração laboral do JLMP</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="57"/>
        <source>Enumerator</source>
        <translation>Inquiridor</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="62"/>
        <source>Office</source>
        <translation>Escritório</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="66"/>
        <source>The AU workspace (merge countries, continental tables) comes with the merge release.</source>
        <translation>O espaço de trabalho da UA (fusão de países, tabelas continentais) estará disponível com a versão de fusão.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="70"/>
        <source>AU</source>
        <translation>UA</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="89"/>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="90"/>
        <source>Generate demo households…</source>
        <translation>Gerar agregados familiares de demonstração…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="92"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="93"/>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="94"/>
        <source>Questionnaire</source>
        <translation>Questionário</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="116"/>
        <source>Generate demo households</source>
        <translation>Gerar agregados familiares de demonstração</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="117"/>
        <source>How many households?</source>
        <translation>Quantos agregados familiares?</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="167"/>
        <source>{count} demo households added</source>
        <translation>{count} agregados familiares de demonstração adicionados</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="182"/>
        <source>Questionnaire {id} {version} loaded</source>
        <translation>Questionário {id} {version} carregado</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="193"/>
        <source>New household</source>
        <translation>Novo agregado familiar</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="203"/>
        <source>The questionnaire is still loading…</source>
        <translation>O questionário ainda está a ser carregado…</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="103"/>
        <source>New household</source>
        <translation>Novo agregado familiar</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="126"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="127"/>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="128"/>
        <source>Cluster</source>
        <translation>Conglomerado</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="129"/>
        <source>Household number</source>
        <translation>Número do agregado familiar</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="130"/>
        <source>Enumerator id</source>
        <translation>Código do inquiridor</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="151"/>
        <source>Enter the cluster (enumeration area).</source>
        <translation>Introduza o conglomerado (área de enumeração).</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="154"/>
        <source>Enter your enumerator id.</source>
        <translation>Introduza o seu código de inquiridor.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="159"/>
        <source>This household exists already.</source>
        <translation>Este agregado familiar já existe.</translation>
    </message>
</context>
<context>
    <name>OfficeWorkspace</name>
    <message>
        <location filename="../../surveytool/ui/office.py" line="77"/>
        <source>Validate the store</source>
        <translation>Validar a base</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="79"/>
        <source>Validate a folder…</source>
        <translation>Validar uma pasta…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="82"/>
        <source>Run a validation to review the cases.</source>
        <translation>Execute uma validação para rever os casos.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="85"/>
        <location filename="../../surveytool/ui/office.py" line="91"/>
        <source>Check</source>
        <translation>Controlo</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="85"/>
        <location filename="../../surveytool/ui/office.py" line="92"/>
        <source>Severity</source>
        <translation>Gravidade</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="85"/>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="85"/>
        <source>Failed</source>
        <translation>Falhas</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="89"/>
        <source>Household</source>
        <translation>Agregado familiar</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="90"/>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="93"/>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="94"/>
        <source>Justified</source>
        <translation>Justificado</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="101"/>
        <source>Open case at question</source>
        <translation>Abrir o caso na pergunta</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="102"/>
        <source>Approve case</source>
        <translation>Aprovar o caso</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="103"/>
        <source>Reject case…</source>
        <translation>Rejeitar o caso…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="104"/>
        <source>Justify warning…</source>
        <translation>Justificar o aviso…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="190"/>
        <source>Validating…</source>
        <translation>A validar…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="202"/>
        <source>Choose a folder with households.csv and persons.csv</source>
        <translation>Escolha uma pasta com households.csv e persons.csv</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="222"/>
        <source>{errors} error(s), {warnings} warning(s)</source>
        <translation>{errors} erro(s), {warnings} aviso(s)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="227"/>
        <source>{count} check(s) not fully run</source>
        <translation>{count} verificação(ões) não executada(s) por completo</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="276"/>
        <source>Household {key}: {status}</source>
        <translation>Agregado {key}: {status}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="282"/>
        <source>Reject case</source>
        <translation>Rejeitar o caso</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="282"/>
        <source>What must the enumerator fix?</source>
        <translation>O que deve o inquiridor corrigir?</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="300"/>
        <source>Justify warning</source>
        <translation>Justificar o aviso</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="300"/>
        <source>Why is this answer right?</source>
        <translation>Porque está esta resposta correta?</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../surveytool/ui/form_view.py" line="253"/>
        <source>The case cannot be marked complete</source>
        <translation>O caso não pode ser marcado como completo</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/form_view.py" line="269"/>
        <source>{count} problem(s) must be solved first:</source>
        <translation>É preciso resolver primeiro {count} problema(s):</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="44"/>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="45"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="46"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="47"/>
        <source>Age</source>
        <translation>Idade</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="48"/>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
</context>
<context>
    <name>RosterWidget</name>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="96"/>
        <source>Add member</source>
        <translation>Adicionar membro</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="98"/>
        <source>Open member</source>
        <translation>Abrir membro</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="99"/>
        <source>Move up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="100"/>
        <source>Move down</source>
        <translation>Mover para baixo</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="101"/>
        <source>Remove member</source>
        <translation>Remover membro</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="114"/>
        <source>New</source>
        <translation>Novo</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="115"/>
        <source>In progress</source>
        <translation>Em curso</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="116"/>
        <source>Complete</source>
        <translation>Completo</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="117"/>
        <source>Approved</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="118"/>
        <source>Rejected</source>
        <translation>Rejeitado</translation>
    </message>
</context>
</TS>
