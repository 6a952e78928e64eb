<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT" sourcelanguage="en">
<context>
    <name>AUWorkspace</name>
    <message>
        <location filename="../../surveytool/ui/au_packages.py" line="44"/>
        <source>merged before</source>
        <translation>fundido anteriormente</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_packages.py" line="46"/>
        <source>replaced {package} ({when})</source>
        <translation>substituiu {package} ({when})</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_packages.py" line="106"/>
        <source>{merged} merged, {replaced} replaced, {same} already there, {refused} refused</source>
        <translation>{merged} fundido(s), {replaced} substituído(s), {same} já existente(s), {refused} recusado(s)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="139"/>
        <source>Choose merged folder…</source>
        <translation>Escolher pasta de fusão…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="140"/>
        <source>Add packages…</source>
        <translation>Adicionar pacotes…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="141"/>
        <source>Exchange rates…</source>
        <translation>Taxas de câmbio…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="142"/>
        <source>Export workbook…</source>
        <translation>Exportar livro de Excel…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="143"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="144"/>
        <source>Packages</source>
        <translation>Pacotes</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="145"/>
        <location filename="../../surveytool/ui/au_workspace.py" line="278"/>
        <source>Tables</source>
        <translation>Tabelas</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="159"/>
        <source>No merged folder chosen yet.</source>
        <translation>Ainda não foi escolhida nenhuma pasta de fusão.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="162"/>
        <source>Merged folder: {path}</source>
        <translation>Pasta de fusão: {path}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="165"/>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="166"/>
        <source>Exchange rates: {file}</source>
        <translation>Taxas de câmbio: {file}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="184"/>
        <source>Choose the merged folder (an empty folder starts a new one)</source>
        <translation>Escolha a pasta de fusão (uma pasta vazia inicia uma nova)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="209"/>
        <source>Add harmonised packages</source>
        <translation>Adicionar pacotes harmonizados</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="209"/>
        <source>Harmonised packages (*.zip)</source>
        <translation>Pacotes harmonizados (*.zip)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="221"/>
        <source>Merging packages…</source>
        <translation>A fundir os pacotes…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="230"/>
        <source>Stopped: the packages merged before you stopped stay merged.</source>
        <translation>Interrompido: os pacotes fundidos antes da interrupção continuam fundidos.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="233"/>
        <location filename="../../surveytool/ui/au_workspace.py" line="240"/>
        <source>Add packages</source>
        <translation>Adicionar pacotes</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="273"/>
        <source>Computing the tables…</source>
        <translation>A calcular as tabelas…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="282"/>
        <source>Exchange rates (currency,year,lcu_per_usd,source)</source>
        <translation>Taxas de câmbio (currency,year,lcu_per_usd,source)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="283"/>
        <location filename="../../surveytool/ui/au_workspace.py" line="303"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="301"/>
        <source>Export workbook</source>
        <translation>Exportar livro de Excel</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="301"/>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="303"/>
        <source>Workbook (*.xlsx)</source>
        <translation>Livro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="320"/>
        <source>Writing {file}…</source>
        <translation>A escrever {file}…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="327"/>
        <source>Tables written to {path}</source>
        <translation>Tabelas escritas em {path}</translation>
    </message>
</context>
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
    <name>AcknowledgeInput</name>
    <message>
        <location filename="../../surveytool/ui/type_inputs.py" line="241"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>CaseBar</name>
    <message>
        <location filename="../../surveytool/ui/case_bar.py" line="100"/>
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
        <location filename="../../surveytool/ui/case_bar.py" line="108"/>
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
        <location filename="../../surveytool/ui/case_list.py" line="108"/>
        <source>All statuses</source>
        <translation>Todos os estados</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="103"/>
        <source>New case</source>
        <translation>Novo caso</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="102"/>
        <source>Search household (e.g. C0012); Down: the list</source>
        <translation>Procurar agregado familiar (ex.: C0012); Down: a lista</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="104"/>
        <source>Ctrl+Shift+N or Insert</source>
        <translation>Ctrl+Shift+N ou Insert</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="181"/>
        <source>{count} cases</source>
        <translation>{count} casos</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="77"/>
        <source>Household</source>
        <translation>Agregado familiar</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="78"/>
        <source>Cluster</source>
        <translation>Conglomerado</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="79"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="80"/>
        <source>Last change</source>
        <translation>Última alteração</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="81"/>
        <source>Errors</source>
        <translation>Erros</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="82"/>
        <source>Enumerator</source>
        <translation>Inquiridor</translation>
    </message>
</context>
<context>
    <name>CaseWrites</name>
    <message>
        <location filename="../../surveytool/ui/case_writes.py" line="142"/>
        <source>Marked complete. The case is now read-only; Reopen to change it.</source>
        <translation>Marcado como completo. O caso está agora só de leitura; use Reabrir para o alterar.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_writes.py" line="162"/>
        <source>Reopened: the answers can be changed again.</source>
        <translation>Reaberto: as respostas podem voltar a ser alteradas.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="263"/>
        <source>Conflicts</source>
        <translation>Conflitos</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="265"/>
        <source>Household</source>
        <translation>Agregado familiar</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="265"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="265"/>
        <source>Package</source>
        <translation>Pacote</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="265"/>
        <source>Found</source>
        <translation>Detetado</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="269"/>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="270"/>
        <source>Record</source>
        <translation>Registo</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="271"/>
        <source>Variable</source>
        <translation>Variável</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="272"/>
        <source>This office&apos;s value</source>
        <translation>Valor deste escritório</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="273"/>
        <source>The package&apos;s value</source>
        <translation>Valor do pacote</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="276"/>
        <source>Keep this office&apos;s version…</source>
        <translation>Manter a versão deste escritório…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="277"/>
        <source>Take the package&apos;s version…</source>
        <translation>Adotar a versão do pacote…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="285"/>
        <source>No conflict waits for a decision.</source>
        <translation>Nenhum conflito aguarda decisão.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="287"/>
        <source>Pick a conflict to see the two versions side by side.</source>
        <translation>Escolha um conflito para ver as duas versões lado a lado.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="289"/>
        <source>Comparing the two versions…</source>
        <translation>A comparar as duas versões…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="291"/>
        <source>Household {key}: {reason}. {count} difference(s) between this office&apos;s version and the package&apos;s.</source>
        <translation>Agregado familiar {key}: {reason}. {count} diferença(s) entre a versão deste escritório e a do pacote.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="311"/>
        <source>Keep this office&apos;s version of household {key}? The package&apos;s version stays on record in the store.</source>
        <translation>Manter a versão deste escritório do agregado familiar {key}? A versão do pacote fica guardada na base de dados.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="316"/>
        <source>Replace this office&apos;s version of household {key} by the package&apos;s? This office&apos;s version stays on record in the store.</source>
        <translation>Substituir a versão deste escritório do agregado familiar {key} pela do pacote? A versão deste escritório fica guardada na base de dados.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="321"/>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="333"/>
        <source>Resolve the conflict</source>
        <translation>Resolver o conflito</translation>
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
    <name>DemoStore</name>
    <message>
        <location filename="../../surveytool/ui/demo_store.py" line="67"/>
        <location filename="../../surveytool/ui/demo_store.py" line="128"/>
        <location filename="../../surveytool/ui/demo_store.py" line="137"/>
        <source>Open the demo store</source>
        <translation>Abrir a base de dados de demonstração</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/demo_store.py" line="69"/>
        <source>The questionnaire is still loading…</source>
        <translation>O questionário ainda está a ser carregado…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/demo_store.py" line="72"/>
        <source>Wait until the running job has finished.</source>
        <translation>Aguarde até que a tarefa em curso termine.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/demo_store.py" line="103"/>
        <source>Writing the demo store: {done} of {total} households</source>
        <translation>A escrever a base de dados de demonstração: {done} de {total} agregados familiares</translation>
    </message>
</context>
<context>
    <name>DisclosureDialog</name>
    <message>
        <location filename="../../surveytool/ui/exchange_disclosure.py" line="127"/>
        <source>Disclosure report</source>
        <translation>Relatório de risco de divulgação</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_disclosure.py" line="131"/>
        <source>{cases} case(s) go into the harmonised package.</source>
        <translation>{cases} caso(s) entram no pacote harmonizado.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_disclosure.py" line="132"/>
        <source>{records} {level} record(s) judged on the key variables: {keys}.</source>
        <translation>{records} registo(s) de nível {level} avaliado(s) pelas variáveis-chave: {keys}.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_disclosure.py" line="141"/>
        <source>Key variables not in the tables: {names}</source>
        <translation>Variáveis-chave ausentes das tabelas: {names}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_disclosure.py" line="147"/>
        <source>Smallest cell: {count} record(s)</source>
        <translation>Menor célula: {count} registo(s)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_disclosure.py" line="150"/>
        <source>Records in cells smaller than k = {k}: {records} (in {cells} cell(s))</source>
        <translation>Registos em células com menos de k = {k}: {records} (em {cells} célula(s))</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_disclosure.py" line="161"/>
        <source>Sizes of the smallest cells (of {cells}): {sizes}</source>
        <translation>Dimensão das células mais pequenas (de {cells}): {sizes}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_disclosure.py" line="166"/>
        <source>Top-coded above the {percentile}th percentile:</source>
        <translation>Codificação de topo acima do percentil {percentile}:</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_disclosure.py" line="171"/>
        <source>Not in the tables, not top-coded: {names}</source>
        <translation>Ausentes das tabelas, sem codificação de topo: {names}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_disclosure.py" line="178"/>
        <source>Variable</source>
        <translation>Variável</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_disclosure.py" line="179"/>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_disclosure.py" line="180"/>
        <source>Threshold</source>
        <translation>Limiar</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_disclosure.py" line="181"/>
        <source>Values replaced</source>
        <translation>Valores substituídos</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_disclosure.py" line="187"/>
        <source>Not derived everywhere:</source>
        <translation>Não derivado em todos os registos:</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_disclosure.py" line="191"/>
        <source>Nothing is written until you choose Write. Cancel if a cell is too small: the package cannot be called back once it has left.</source>
        <translation>Nada é escrito enquanto não escolher Escrever. Cancele se uma célula for demasiado pequena: depois de enviado, o pacote não pode ser recuperado.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_disclosure.py" line="195"/>
        <source>Write…</source>
        <translation>Escrever…</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="95"/>
        <location filename="../../surveytool/ui/exchange_actions.py" line="326"/>
        <source>The questionnaire is still loading…</source>
        <translation>O questionário ainda está a ser carregado…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="98"/>
        <source>Wait until the running job has finished.</source>
        <translation>Aguarde até que a tarefa em curso termine.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="106"/>
        <source>{problem}

Create this workstation&apos;s key in the Keys dialog.</source>
        <translation>{problem}

Crie a chave deste posto de trabalho na janela Chaves.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="136"/>
        <location filename="../../surveytool/ui/exchange_actions.py" line="182"/>
        <source>Export batch</source>
        <translation>Exportar lote</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="167"/>
        <source>Exporting the batch…</source>
        <translation>A exportar o lote…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="173"/>
        <source>Batch {sequence} written to {path}: {cases} case(s), sealed for {office}.

Give this file to the office. The cases stay on this workstation until the office&apos;s receipt is imported (Exchange ▸ Import receipt…).</source>
        <translation>Lote {sequence} escrito em {path}: {cases} caso(s), cifrado para {office}.

Entregue este ficheiro ao escritório. Os casos ficam neste posto de trabalho até o recibo do escritório ser importado (Intercâmbio ▸ Importar recibo…).</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="180"/>
        <source>Batch {sequence} exported</source>
        <translation>Lote {sequence} exportado</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="186"/>
        <location filename="../../surveytool/ui/exchange_actions.py" line="223"/>
        <source>Import receipt</source>
        <translation>Importar recibo</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="200"/>
        <source>Importing the receipt…</source>
        <translation>A importar o recibo…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="207"/>
        <source>{count} case(s) received by the office left this workstation.</source>
        <translation>{count} caso(s) recebido(s) pelo escritório saíram deste posto de trabalho.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="214"/>
        <source>{count} case(s) changed since they were sent stay: send them again.</source>
        <translation>{count} caso(s) alterado(s) depois do envio permanecem: envie-os de novo.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="219"/>
        <source>{count} case(s) of the receipt were not in that batch: ignored.</source>
        <translation>{count} caso(s) do recibo não constavam desse lote: ignorado(s).</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="227"/>
        <location filename="../../surveytool/ui/exchange_actions.py" line="294"/>
        <location filename="../../surveytool/ui/exchange_actions.py" line="309"/>
        <source>Import packages</source>
        <translation>Importar pacotes</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="247"/>
        <source>Importing packages…</source>
        <translation>A importar pacotes…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="268"/>
        <source>{added} added, {updated} updated, {same} unchanged, {conflicts} conflict(s)</source>
        <translation>{added} adicionado(s), {updated} atualizado(s), {same} sem alterações, {conflicts} conflito(s)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="278"/>
        <source>receipt: {path}</source>
        <translation>recibo: {path}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="282"/>
        <source>Cancelled: {count} package(s) not imported.</source>
        <translation>Cancelado: {count} pacote(s) não importado(s).</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="288"/>
        <source>Resolve the conflicts in Exchange ▸ Conflicts…</source>
        <translation>Resolva os conflitos em Intercâmbio ▸ Conflitos…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="290"/>
        <source>{count} package(s) imported</source>
        <translation>{count} pacote(s) importado(s)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="304"/>
        <source>{count} package(s) skip sequence numbers: packages of that workstation are missing. Import them anyway? The gap stays in the import log.</source>
        <translation>{count} pacote(s) saltam números de sequência: faltam pacotes desse posto de trabalho. Importar mesmo assim? A lacuna fica no registo de importações.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="326"/>
        <source>Conflicts</source>
        <translation>Conflitos</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_harmonised.py" line="35"/>
        <location filename="../../surveytool/ui/exchange_harmonised.py" line="126"/>
        <source>Export harmonised package</source>
        <extracomment>the statuses of the cases a harmonised package takes, by the officer&apos;s choice</extracomment>
        <translation>Exportar pacote harmonizado</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_harmonised.py" line="40"/>
        <source>Approved cases</source>
        <translation>Casos aprovados</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_harmonised.py" line="41"/>
        <source>Approved and complete cases</source>
        <translation>Casos aprovados e completos</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_harmonised.py" line="46"/>
        <source>Which cases go into the package?</source>
        <translation>Que casos entram no pacote?</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_harmonised.py" line="64"/>
        <source>Preparing the harmonised package…</source>
        <translation>A preparar o pacote harmonizado…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_harmonised.py" line="72"/>
        <location filename="../../surveytool/ui/exchange_harmonised.py" line="87"/>
        <source>Harmonised package cancelled</source>
        <translation>Pacote harmonizado cancelado</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_harmonised.py" line="94"/>
        <source>Save the harmonised package as</source>
        <translation>Guardar o pacote harmonizado como</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_harmonised.py" line="112"/>
        <source>Writing the harmonised package…</source>
        <translation>A escrever o pacote harmonizado…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_harmonised.py" line="122"/>
        <source>Harmonised package written to {path}: {cases} case(s), smallest key cell {smallest}.</source>
        <translation>Pacote harmonizado escrito em {path}: {cases} caso(s), menor célula das variáveis-chave: {smallest}.</translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <location filename="../../surveytool/ui/exchange_menu.py" line="38"/>
        <source>E&amp;xchange</source>
        <translation>In&amp;tercâmbio</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_menu.py" line="39"/>
        <source>Enumerator</source>
        <translation>Inquiridor</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_menu.py" line="40"/>
        <source>&amp;Export batch…</source>
        <translation>&amp;Exportar lote…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_menu.py" line="41"/>
        <source>Import &amp;receipt…</source>
        <translation>Importar &amp;recibo…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_menu.py" line="42"/>
        <source>Office</source>
        <translation>Escritório</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_menu.py" line="43"/>
        <source>&amp;Import packages…</source>
        <translation>&amp;Importar pacotes…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_menu.py" line="44"/>
        <source>Import &amp;log</source>
        <translation>Re&amp;gisto de importações</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_menu.py" line="45"/>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflitos…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_menu.py" line="46"/>
        <source>Export &amp;harmonised package…</source>
        <translation>Exportar pacote &amp;harmonizado…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_menu.py" line="47"/>
        <source>&amp;Keys…</source>
        <translation>Cha&amp;ves…</translation>
    </message>
</context>
<context>
    <name>ExchangeWords</name>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="50"/>
        <source>changed here</source>
        <translation>alterado aqui</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="51"/>
        <source>histories differ</source>
        <translation>históricos diferentes</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="52"/>
        <source>entered here</source>
        <translation>introduzido aqui</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="53"/>
        <source>same household key</source>
        <translation>mesma chave de agregado familiar</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="61"/>
        <source>changed in this office since it was imported</source>
        <translation>alterado neste escritório depois de importado</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="64"/>
        <source>the package&apos;s history does not continue the one imported</source>
        <translation>o histórico do pacote não dá seguimento ao que foi importado</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="67"/>
        <source>entered in this office, not imported</source>
        <translation>introduzido neste escritório, não importado</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="70"/>
        <source>another case here has the same household key</source>
        <translation>outro caso nesta base de dados tem a mesma chave de agregado familiar</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="48"/>
        <source>enumerator</source>
        <translation>inquiridor</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="49"/>
        <source>office</source>
        <translation>escritório</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="50"/>
        <source>African Union</source>
        <translation>União Africana</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_log.py" line="33"/>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_log.py" line="34"/>
        <source>already imported</source>
        <translation>já importado</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_log.py" line="35"/>
        <source>refused</source>
        <translation>recusado</translation>
    </message>
</context>
<context>
    <name>ExportBatchDialog</name>
    <message>
        <location filename="../../surveytool/ui/exchange_batch.py" line="105"/>
        <source>Export batch</source>
        <translation>Exportar lote</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_batch.py" line="107"/>
        <source>The complete cases not sent yet: {count} case(s)</source>
        <translation>Os casos completos ainda não enviados: {count} caso(s)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_batch.py" line="110"/>
        <source>Only the cases selected in the case list: {count}</source>
        <translation>Só os casos selecionados na lista de casos: {count}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_batch.py" line="112"/>
        <location filename="../../surveytool/ui/welcome.py" line="193"/>
        <source>Office&apos;s &amp;public key</source>
        <translation>&amp;Chave pública do escritório</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_batch.py" line="113"/>
        <source>Save the &amp;batch as</source>
        <translation>Guardar o &amp;lote como</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_batch.py" line="114"/>
        <location filename="../../surveytool/ui/exchange_batch.py" line="115"/>
        <location filename="../../surveytool/ui/welcome.py" line="195"/>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_batch.py" line="117"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_batch.py" line="128"/>
        <location filename="../../surveytool/ui/welcome.py" line="247"/>
        <source>The office&apos;s public key</source>
        <translation>Chave pública do escritório</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_batch.py" line="135"/>
        <source>Save the batch as</source>
        <translation>Guardar o lote como</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_batch.py" line="144"/>
        <source>Choose the key file the office gave you (.pub).</source>
        <translation>Escolha o ficheiro de chave que o escritório lhe entregou (.pub).</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_batch.py" line="152"/>
        <source>Sealed for {name} ({role})
Fingerprint: {fingerprint}</source>
        <translation>Cifrado para {name} ({role})
Impressão digital: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_batch.py" line="174"/>
        <source>No complete case waits to be sent.</source>
        <translation>Nenhum caso completo aguarda envio.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_batch.py" line="177"/>
        <source>Choose the office&apos;s public key.</source>
        <translation>Escolha a chave pública do escritório.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_batch.py" line="186"/>
        <source>Choose the file to save the batch in.</source>
        <translation>Escolha o ficheiro onde guardar o lote.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_batch.py" line="190"/>
        <source>{path} exists already: choose another name.</source>
        <translation>{path} já existe: escolha outro nome.</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <location filename="../../surveytool/ui/au_models.py" line="225"/>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_models.py" line="226"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_models.py" line="227"/>
        <source>Classification</source>
        <translation>Classificação</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_models.py" line="228"/>
        <source>Panel</source>
        <translation>Painel</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_models.py" line="230"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_models.py" line="183"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>FileInput</name>
    <message>
        <location filename="../../surveytool/ui/media_inputs.py" line="80"/>
        <source>Attach a file…</source>
        <extracomment>the file chooser&apos;s filter per question type (ODK&apos;s media types: image/*, audio/*...)</extracomment>
        <translation>Anexar um ficheiro…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/media_inputs.py" line="81"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/media_inputs.py" line="82"/>
        <source>no file</source>
        <translation>nenhum ficheiro</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/media_inputs.py" line="95"/>
        <source>All files (*)</source>
        <translation>Todos os ficheiros (*)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/media_inputs.py" line="99"/>
        <source>Images</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/media_inputs.py" line="100"/>
        <source>Recordings</source>
        <translation>Gravações de áudio</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/media_inputs.py" line="101"/>
        <source>Videos</source>
        <translation>Vídeos</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/media_inputs.py" line="106"/>
        <source>Attach a file</source>
        <translation>Anexar um ficheiro</translation>
    </message>
</context>
<context>
    <name>Fonts</name>
    <message>
        <location filename="../../surveytool/ui/fonts.py" line="131"/>
        <source>No font on this computer can show {script}, the script of this interface language. Install a font for it (for example Noto Sans {script}) and start surveytool again. Meanwhile the interface opens in English.</source>
        <translation>Nenhum tipo de letra deste computador consegue mostrar {script}, a escrita deste idioma da interface. Instale um tipo de letra para essa escrita (por exemplo Noto Sans {script}) e volte a iniciar o surveytool. Entretanto, a interface abre em inglês.</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <location filename="../../surveytool/ui/form_view.py" line="273"/>
        <source>End of the questionnaire: Ctrl+Enter or F10 marks it complete.</source>
        <translation>Fim do questionário: Ctrl+Enter ou F10 marca-o como completo.</translation>
    </message>
</context>
<context>
    <name>ImportLogDialog</name>
    <message>
        <location filename="../../surveytool/ui/exchange_log.py" line="104"/>
        <source>Import log</source>
        <translation>Registo de importações</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_log.py" line="107"/>
        <source>Time (UTC)</source>
        <translation>Data e hora (UTC)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_log.py" line="108"/>
        <source>File</source>
        <translation>Ficheiro</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_log.py" line="109"/>
        <source>Verdict</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_log.py" line="110"/>
        <source>Sender</source>
        <translation>Remetente</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_log.py" line="111"/>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_log.py" line="114"/>
        <source>{count} import(s)</source>
        <translation>{count} importação(ões)</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <location filename="../../surveytool/ui/exchange_run.py" line="69"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_run.py" line="86"/>
        <source>Stopping after the current step…</source>
        <translation>A parar após o passo em curso…</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="196"/>
        <location filename="../../surveytool/ui/exchange_keys.py" line="241"/>
        <source>Keys</source>
        <translation>Chaves</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="200"/>
        <source>This workstation: {name} ({role})
Fingerprint: {fingerprint}
Keys kept in {folder}</source>
        <translation>Este posto de trabalho: {name} ({role})
Impressão digital: {fingerprint}
Chaves guardadas em {folder}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="210"/>
        <source>This workstation has no key yet.</source>
        <translation>Este posto de trabalho ainda não tem chave.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="211"/>
        <source>Create this workstation&apos;s key…</source>
        <translation>Criar a chave deste posto de trabalho…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="212"/>
        <source>Export the public key…</source>
        <translation>Exportar a chave pública…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="213"/>
        <source>Trust a key file…</source>
        <translation>Confiar num ficheiro de chave…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="215"/>
        <source>Trusted keys: packages and receipts signed by these are accepted</source>
        <translation>Chaves de confiança: os pacotes e recibos assinados por estas chaves são aceites</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="218"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="218"/>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="218"/>
        <source>Fingerprint</source>
        <translation>Impressão digital</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="218"/>
        <source>Created</source>
        <translation>Criada em</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="252"/>
        <location filename="../../surveytool/ui/exchange_keys.py" line="265"/>
        <location filename="../../surveytool/ui/exchange_keys.py" line="272"/>
        <source>Export the public key</source>
        <translation>Exportar a chave pública</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="269"/>
        <source>Public key written to {path}. Fingerprint: {fingerprint}</source>
        <translation>Chave pública escrita em {path}. Impressão digital: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="278"/>
        <location filename="../../surveytool/ui/exchange_keys.py" line="290"/>
        <location filename="../../surveytool/ui/exchange_keys.py" line="300"/>
        <source>Trust a key file</source>
        <translation>Confiar num ficheiro de chave</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="293"/>
        <source>Trust the key of {name} ({role})?

Fingerprint: {fingerprint}

Compare it with the fingerprint its owner reads to you. Packages and receipts signed by this key will be accepted.</source>
        <translation>Confiar na chave de {name} ({role})?

Impressão digital: {fingerprint}

Compare-a com a impressão digital que o titular da chave lhe ler. Os pacotes e recibos assinados por esta chave passarão a ser aceites.</translation>
    </message>
</context>
<context>
    <name>LineInput</name>
    <message>
        <location filename="../../surveytool/ui/inputs.py" line="66"/>
        <source>YYYY-MM</source>
        <translation>AAAA-MM</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/inputs.py" line="66"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/inputs.py" line="114"/>
        <source>“{text}” is not a whole number; it was not saved.</source>
        <translation>«{text}» não é um número inteiro; não foi guardado.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/inputs.py" line="117"/>
        <source>“{text}” is not a number: write it like {example}; it was not saved.</source>
        <translation>«{text}» não é um número: escreva-o como {example}; não foi guardado.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/inputs.py" line="121"/>
        <source>“{text}” is not a month: write it as YYYY-MM; it was not saved.</source>
        <translation>«{text}» não é um mês: use o formato AAAA-MM; não foi guardado.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/inputs.py" line="125"/>
        <source>“{text}” is not a date: write it as YYYY-MM-DD; it was not saved.</source>
        <translation>«{text}» não é uma data: use o formato AAAA-MM-DD; não foi guardado.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/inputs.py" line="127"/>
        <source>“{text}” cannot be an answer here; it was not saved.</source>
        <translation>«{text}» não pode ser uma resposta aqui; não foi guardado.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="162"/>
        <source>surveytool: JLMP labour migration module</source>
        <translation>surveytool: módulo de migração laboral do JLMP</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="149"/>
        <source>Enumerator</source>
        <translation>Inquiridor</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="124"/>
        <location filename="../../surveytool/ui/main_window.py" line="150"/>
        <source>Office</source>
        <translation>Escritório</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="151"/>
        <source>AU</source>
        <translation>UA</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="168"/>
        <source>Store: {path}</source>
        <translation>Base de dados: {path}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="172"/>
        <source>Enumerator: {id}</source>
        <translation>Inquiridor: {id}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="174"/>
        <source>Enumerator: not set</source>
        <translation>Inquiridor: não definido</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="237"/>
        <source>Opened {path}</source>
        <translation>Aberto: {path}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="298"/>
        <source>Generate demo households</source>
        <translation>Gerar agregados familiares de demonstração</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="299"/>
        <source>How many households?</source>
        <translation>Quantos agregados familiares?</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="341"/>
        <source>{count} demo households added</source>
        <translation>{count} agregados familiares de demonstração adicionados</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="358"/>
        <source>Questionnaire {id} {version} loaded</source>
        <translation>Questionário {id} {version} carregado</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="369"/>
        <source>New household</source>
        <translation>Novo agregado familiar</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="379"/>
        <source>The questionnaire is still loading…</source>
        <translation>O questionário ainda está a ser carregado…</translation>
    </message>
</context>
<context>
    <name>MediaStrip</name>
    <message>
        <location filename="../../surveytool/ui/media_view.py" line="69"/>
        <source>▶ Play the sound</source>
        <translation>▶ Reproduzir o som</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/media_view.py" line="70"/>
        <source>▶ Play the video</source>
        <translation>▶ Reproduzir o vídeo</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/media_view.py" line="71"/>
        <source>Show the picture larger</source>
        <translation>Ampliar a imagem</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="107"/>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="108"/>
        <source>&amp;New store…</source>
        <translation>&amp;Nova base de dados…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="109"/>
        <source>&amp;Open store…</source>
        <translation>&amp;Abrir base de dados…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="110"/>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;recentes</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="111"/>
        <source>&amp;Generate demo households…</source>
        <translation>&amp;Gerar agregados familiares de demonstração…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="112"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="113"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="114"/>
        <source>&amp;Interface</source>
        <translation>&amp;Interface</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="115"/>
        <source>&amp;Questionnaire</source>
        <translation>&amp;Questionário</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="116"/>
        <source>&amp;Help</source>
        <translation>&amp;Ajuda</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="117"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atalhos de &amp;teclado</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="118"/>
        <source>&amp;Welcome page…</source>
        <translation>&amp;Página de boas-vindas…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="119"/>
        <source>Open the &amp;demo store</source>
        <translation>Abrir a base de dados de &amp;demonstração</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="120"/>
        <source>&amp;About surveytool</source>
        <translation>&amp;Acerca do surveytool</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="257"/>
        <source>New household</source>
        <translation>Novo agregado familiar</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="259"/>
        <source>&amp;Cluster</source>
        <translation>&amp;Conglomerado</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="260"/>
        <source>&amp;Household number</source>
        <translation>&amp;Número do agregado familiar</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="261"/>
        <location filename="../../surveytool/ui/welcome.py" line="191"/>
        <source>&amp;Enumerator id</source>
        <translation>Código do &amp;inquiridor</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="262"/>
        <source>&amp;Year</source>
        <translation>&amp;Ano</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="263"/>
        <source>C&amp;ountry</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="287"/>
        <source>Enter the cluster (enumeration area).</source>
        <translation>Introduza o conglomerado (área de enumeração).</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="291"/>
        <location filename="../../surveytool/ui/welcome.py" line="330"/>
        <source>Enter your enumerator id.</source>
        <translation>Introduza o seu código de inquiridor.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="297"/>
        <source>This household exists already.</source>
        <translation>Este agregado familiar já existe.</translation>
    </message>
</context>
<context>
    <name>NewKeyDialog</name>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="105"/>
        <source>Create this workstation&apos;s key</source>
        <translation>Criar a chave deste posto de trabalho</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="108"/>
        <source>This workstation signs what it sends with its own key. Give the key the name people will recognise: your name, or your office&apos;s.</source>
        <translation>Este posto de trabalho assina o que envia com a sua própria chave. Dê à chave um nome que as pessoas reconheçam: o seu nome, ou o do seu escritório.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="112"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="113"/>
        <source>&amp;Role</source>
        <translation>&amp;Função</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="117"/>
        <source>Enter a name for the key.</source>
        <translation>Introduza um nome para a chave.</translation>
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
    <name>PackagesModel</name>
    <message>
        <location filename="../../surveytool/ui/au_models.py" line="121"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_models.py" line="122"/>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_models.py" line="123"/>
        <source>Form version</source>
        <translation>Versão do questionário</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_models.py" line="124"/>
        <source>Reference period</source>
        <translation>Período de referência</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_models.py" line="125"/>
        <source>Sender</source>
        <translation>Remetente</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_models.py" line="126"/>
        <source>File</source>
        <translation>Ficheiro</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_models.py" line="127"/>
        <source>Verdict</source>
        <translation>Resultado</translation>
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
    <name>RangeInput</name>
    <message>
        <location filename="../../surveytool/ui/type_inputs.py" line="189"/>
        <source>from {start} to {end}, by {step}</source>
        <translation>de {start} a {end}, em passos de {step}</translation>
    </message>
</context>
<context>
    <name>RankInput</name>
    <message>
        <location filename="../../surveytool/ui/media_inputs.py" line="157"/>
        <source>Shift+Up / Shift+Down move the highlighted entry; Space keeps this order.</source>
        <translation>Shift+Up / Shift+Down movem o item realçado; Space mantém esta ordem.</translation>
    </message>
</context>
<context>
    <name>ReadOnlyInput</name>
    <message>
        <location filename="../../surveytool/ui/media_inputs.py" line="243"/>
        <source>(filled by surveytool)</source>
        <translation>(preenchido pelo surveytool)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/media_inputs.py" line="245"/>
        <source>(the case&apos;s history, kept by surveytool)</source>
        <translation>(o histórico do caso, mantido pelo surveytool)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/media_inputs.py" line="247"/>
        <source>(recorded on phones only)</source>
        <translation>(registado apenas em telemóveis)</translation>
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
        <location filename="../../surveytool/ui/roster.py" line="81"/>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
</context>
<context>
    <name>RosterWidget</name>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="194"/>
        <source>Add member</source>
        <translation>Adicionar membro</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="195"/>
        <source>Insert or Ctrl+N</source>
        <translation>Insert ou Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="196"/>
        <source>Open member</source>
        <translation>Abrir membro</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="197"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="198"/>
        <source>Move up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="199"/>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="200"/>
        <source>Move down</source>
        <translation>Mover para baixo</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="201"/>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="202"/>
        <location filename="../../surveytool/ui/roster.py" line="327"/>
        <source>Remove member</source>
        <translation>Remover membro</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="203"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="219"/>
        <source>The rows are made from an earlier answer.</source>
        <translation>As linhas resultam de uma resposta anterior.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="221"/>
        <source>The number of rows is the answer to “{question}”.</source>
        <translation>O número de linhas é a resposta a «{question}».</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="315"/>
        <source>There is no member yet: add one with Insert or “Add member”.</source>
        <translation>Ainda não há nenhum membro: adicione um com Insert ou «Adicionar membro».</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="328"/>
        <source>Remove member {line} {name} and all their answers?</source>
        <translation>Remover o membro {line} {name} e todas as suas respostas?</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="335"/>
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
    <name>StartProblem</name>
    <message>
        <location filename="../../surveytool/ui/start_problems.py" line="48"/>
        <source>The store could not be opened.</source>
        <translation>Não foi possível abrir a base de dados.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/start_problems.py" line="50"/>
        <source>Open another store…</source>
        <translation>Abrir outra base de dados…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/start_problems.py" line="51"/>
        <source>New store…</source>
        <translation>Nova base de dados…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/start_problems.py" line="52"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="121"/>
        <source>New</source>
        <translation>Novo</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="122"/>
        <source>In progress</source>
        <translation>Em curso</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="123"/>
        <source>Complete</source>
        <translation>Completo</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="124"/>
        <source>Approved</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="125"/>
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
<context>
    <name>TableBrowser</name>
    <message>
        <location filename="../../surveytool/ui/au_browser.py" line="111"/>
        <source>&amp;Table:</source>
        <translation>Ta&amp;bela:</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_browser.py" line="112"/>
        <source>&amp;REC:</source>
        <translation>&amp;CER:</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_browser.py" line="113"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_browser.py" line="114"/>
        <source>&amp;Sex:</source>
        <translation>&amp;Sexo:</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_browser.py" line="169"/>
        <source>All RECs</source>
        <translation>Todas as CER</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_browser.py" line="170"/>
        <source>All countries</source>
        <translation>Todos os países</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_browser.py" line="188"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_browser.py" line="188"/>
        <source>Men</source>
        <translation>Homens</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_browser.py" line="188"/>
        <source>Women</source>
        <translation>Mulheres</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_browser.py" line="202"/>
        <source>No tables yet: choose a merged folder.</source>
        <translation>Ainda não há tabelas: escolha uma pasta de fusão.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_browser.py" line="210"/>
        <source>Universe: {universe}</source>
        <translation>Universo: {universe}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_browser.py" line="212"/>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_browser.py" line="222"/>
        <source>{measure} by area, {sex}</source>
        <translation>{measure} por área, {sex}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_browser.py" line="230"/>
        <source>No figures for this choice.</source>
        <translation>Sem valores para esta seleção.</translation>
    </message>
</context>
<context>
    <name>TypedLineInput</name>
    <message>
        <location filename="../../surveytool/ui/type_inputs.py" line="79"/>
        <source>HH:MM</source>
        <extracomment>what may be typed into each kind (partial text included: the check comes on commit)</extracomment>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/type_inputs.py" line="80"/>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>AAAA-MM-DD HH:MM</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/type_inputs.py" line="81"/>
        <source>latitude longitude, like 12.5 -8.25</source>
        <translation>latitude longitude, como 12.5 -8.25</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/type_inputs.py" line="82"/>
        <source>places separated by ; (at least 2)</source>
        <translation>locais separados por ; (pelo menos 2)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/type_inputs.py" line="83"/>
        <source>places separated by ; (the last = the first)</source>
        <translation>locais separados por ; (o último = o primeiro)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/type_inputs.py" line="84"/>
        <source>type or scan the code</source>
        <translation>escreva ou leia o código</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/type_inputs.py" line="117"/>
        <source>“{text}” is not a time: write it as HH:MM; it was not saved.</source>
        <translation>«{text}» não é uma hora: use o formato HH:MM; não foi guardado.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/type_inputs.py" line="119"/>
        <source>“{text}” is not a date and time: write it as YYYY-MM-DD HH:MM; it was not saved.</source>
        <translation>«{text}» não é uma data e hora: use o formato AAAA-MM-DD HH:MM; não foi guardado.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../surveytool/ui/welcome.py" line="170"/>
        <source>Welcome to surveytool</source>
        <translation>Bem-vindo ao surveytool</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/welcome.py" line="173"/>
        <source>Choose how this computer is used. It is asked once; Help ▸ Welcome page… changes it later.</source>
        <translation>Escolha como este computador é usado. A pergunta é feita uma só vez; Ajuda ▸ Página de boas-vindas… permite alterar a escolha mais tarde.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/welcome.py" line="177"/>
        <source>Workspace shown at start</source>
        <translation>Área de trabalho mostrada ao iniciar</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/welcome.py" line="179"/>
        <source>Interviews households and sends batches to the office.</source>
        <translation>Entrevista agregados familiares e envia lotes ao escritório.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/welcome.py" line="181"/>
        <source>The national statistics office: imports batches, reviews and validates the cases, exports the harmonised package.</source>
        <translation>O escritório nacional de estatística: importa os lotes, revê e valida os casos, exporta o pacote harmonizado.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/welcome.py" line="184"/>
        <source>The African Union: merges the countries&apos; packages into tables.</source>
        <translation>A União Africana: funde os pacotes dos países em tabelas.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/welcome.py" line="189"/>
        <source>Interface &amp;language</source>
        <translation>I&amp;dioma da interface</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/welcome.py" line="196"/>
        <source>&amp;Continue</source>
        <translation>C&amp;ontinuar</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/welcome.py" line="197"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/welcome.py" line="197"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/welcome.py" line="283"/>
        <source>This is the key of {name}, {role}: choose the key of the office.</source>
        <translation>Esta é a chave de {name}, {role}: escolha a chave do escritório.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/welcome.py" line="292"/>
        <source>Optional now: Exchange ▸ Export batch asks for it. The office gives you its key file (.pub).</source>
        <translation>Opcional por agora: Intercâmbio ▸ Exportar lote vai pedi-la. O escritório entrega-lhe o seu ficheiro de chave (.pub).</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/welcome.py" line="297"/>
        <source>Office: {name}
Fingerprint: {fingerprint}
Read the fingerprint to the office by phone: it must be the same.</source>
        <translation>Escritório: {name}
Impressão digital: {fingerprint}
Leia a impressão digital ao escritório por telefone: tem de ser igual.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/welcome.py" line="343"/>
        <source>This computer&apos;s keys could not be set up: {problem}</source>
        <translation>Não foi possível configurar as chaves deste computador: {problem}</translation>
    </message>
</context>
</TS>
