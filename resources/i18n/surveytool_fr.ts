<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AUWorkspace</name>
    <message>
        <location filename="../../surveytool/ui/au_packages.py" line="44"/>
        <source>merged before</source>
        <translation>fusionné auparavant</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_packages.py" line="46"/>
        <source>replaced {package} ({when})</source>
        <translation>a remplacé {package} ({when})</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_packages.py" line="106"/>
        <source>{merged} merged, {replaced} replaced, {same} already there, {refused} refused</source>
        <translation>{merged} fusionné(s), {replaced} remplacé(s), {same} déjà présent(s), {refused} refusé(s)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="139"/>
        <source>Choose merged folder…</source>
        <translation>Choisir le dossier de fusion…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="140"/>
        <source>Add packages…</source>
        <translation>Ajouter des paquets…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="141"/>
        <source>Exchange rates…</source>
        <translation>Taux de change…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="142"/>
        <source>Export workbook…</source>
        <translation>Exporter le classeur…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="143"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="144"/>
        <source>Packages</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="145"/>
        <location filename="../../surveytool/ui/au_workspace.py" line="278"/>
        <source>Tables</source>
        <translation>Tableaux</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="159"/>
        <source>No merged folder chosen yet.</source>
        <translation>Aucun dossier de fusion choisi pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="162"/>
        <source>Merged folder: {path}</source>
        <translation>Dossier de fusion&#xa0;: {path}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="165"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="166"/>
        <source>Exchange rates: {file}</source>
        <translation>Taux de change&#xa0;: {file}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="184"/>
        <source>Choose the merged folder (an empty folder starts a new one)</source>
        <translation>Choisissez le dossier de fusion (un dossier vide en crée un nouveau)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="209"/>
        <source>Add harmonised packages</source>
        <translation>Ajouter des paquets harmonisés</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="209"/>
        <source>Harmonised packages (*.zip)</source>
        <translation>Paquets harmonisés (*.zip)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="221"/>
        <source>Merging packages…</source>
        <translation>Fusion des paquets en cours…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="230"/>
        <source>Stopped: the packages merged before you stopped stay merged.</source>
        <translation>Arrêté&#xa0;: les paquets fusionnés avant l&apos;arrêt restent fusionnés.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="233"/>
        <location filename="../../surveytool/ui/au_workspace.py" line="240"/>
        <source>Add packages</source>
        <translation>Ajouter des paquets</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="273"/>
        <source>Computing the tables…</source>
        <translation>Calcul des tableaux en cours…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="282"/>
        <source>Exchange rates (currency,year,lcu_per_usd,source)</source>
        <translation>Taux de change (currency,year,lcu_per_usd,source)</translation>
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
        <translation>Exporter le classeur</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="301"/>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="303"/>
        <source>Workbook (*.xlsx)</source>
        <translation>Classeur (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="320"/>
        <source>Writing {file}…</source>
        <translation>Écriture de {file} en cours…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="327"/>
        <source>Tables written to {path}</source>
        <translation>Tableaux écrits dans {path}</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../surveytool/ui/about.py" line="91"/>
        <source>About surveytool</source>
        <translation>À propos de surveytool</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/about.py" line="92"/>
        <source>surveytool: JLMP labour migration module</source>
        <translation>surveytool&#xa0;: module migration de main-d&apos;œuvre du JLMP</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/about.py" line="95"/>
        <source>Version:</source>
        <translation>Version&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/about.py" line="95"/>
        <source>Questionnaire:</source>
        <translation>Questionnaire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/about.py" line="95"/>
        <source>Store:</source>
        <translation>Base&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/about.py" line="95"/>
        <source>Log:</source>
        <translation>Journal&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/about.py" line="102"/>
        <source>still loading</source>
        <translation>en cours de chargement</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/about.py" line="103"/>
        <source>Open the log folder</source>
        <translation>Ouvrir le dossier des journaux</translation>
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
        <translation>Ménage {key}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_bar.py" line="67"/>
        <source>Back to cases</source>
        <translation>Retour aux cas</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_bar.py" line="68"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_bar.py" line="69"/>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_bar.py" line="70"/>
        <source>Reopen the case to change answers</source>
        <translation>Rouvrir le cas pour modifier les réponses</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_bar.py" line="71"/>
        <source>Mark complete</source>
        <translation>Marquer comme complet</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_bar.py" line="72"/>
        <source>Ctrl+Enter or F10</source>
        <translation>Ctrl+Enter ou F10</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_bar.py" line="93"/>
        <source>Returned by the office: {comment}</source>
        <translation>Renvoyé par le bureau&#xa0;: {comment}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_bar.py" line="108"/>
        <source>Saved {time}</source>
        <translation>Enregistré à {time}</translation>
    </message>
</context>
<context>
    <name>CaseDecisions</name>
    <message>
        <location filename="../../surveytool/ui/office_decisions.py" line="105"/>
        <source>{check}, line {line}</source>
        <translation>{check}, ligne {line}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_decisions.py" line="134"/>
        <source>Household {key} approved.</source>
        <translation>Ménage {key} approuvé.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_decisions.py" line="140"/>
        <source>and {count} more</source>
        <translation>et {count} autre(s)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_decisions.py" line="143"/>
        <source>Approving this case needs a justification of its warnings:</source>
        <translation>Pour approuver ce cas, il faut justifier ses avertissements&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_decisions.py" line="145"/>
        <source>Why are these answers right?</source>
        <translation>Pourquoi ces réponses sont-elles correctes&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_decisions.py" line="148"/>
        <source>Justify warnings</source>
        <translation>Justifier les avertissements</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_decisions.py" line="157"/>
        <source>Reject case</source>
        <translation>Rejeter le cas</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_decisions.py" line="157"/>
        <source>What must the enumerator fix?</source>
        <translation>Que doit corriger l&apos;enquêteur&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_decisions.py" line="165"/>
        <source>Household {key} rejected: sent back to the enumerator.</source>
        <translation>Ménage {key} rejeté&#xa0;: renvoyé à l&apos;enquêteur.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_decisions.py" line="173"/>
        <source>Revoke approval</source>
        <translation>Retirer l&apos;approbation</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_decisions.py" line="173"/>
        <source>Why is the approval withdrawn?</source>
        <translation>Pourquoi l&apos;approbation est-elle retirée&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_decisions.py" line="181"/>
        <source>Household {key}: approval revoked, the case is under review again.</source>
        <translation>Ménage {key}&#xa0;: approbation retirée, le cas est de nouveau en cours d&apos;examen.</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="108"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="103"/>
        <source>New case</source>
        <translation>Nouveau cas</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="102"/>
        <source>Search household (e.g. C0012); Down: the list</source>
        <translation>Rechercher un ménage (p. ex. C0012)&#xa0;; Down&#xa0;: la liste</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="104"/>
        <source>Ctrl+Shift+N or Insert</source>
        <translation>Ctrl+Shift+N ou Insert</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="181"/>
        <source>{count} cases</source>
        <translation>{count} cas</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="77"/>
        <source>Household</source>
        <translation>Ménage</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="78"/>
        <source>Cluster</source>
        <translation>Grappe</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="79"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="80"/>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="81"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="82"/>
        <source>Enumerator</source>
        <translation>Enquêteur</translation>
    </message>
</context>
<context>
    <name>CaseWrites</name>
    <message>
        <location filename="../../surveytool/ui/case_writes.py" line="142"/>
        <source>Marked complete. The case is now read-only; Reopen to change it.</source>
        <translation>Marqué comme complet. Le cas est maintenant en lecture seule&#xa0;; utilisez Rouvrir pour le modifier.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_writes.py" line="162"/>
        <source>Reopened: the answers can be changed again.</source>
        <translation>Rouvert&#xa0;: les réponses peuvent de nouveau être modifiées.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="263"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="265"/>
        <source>Household</source>
        <translation>Ménage</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="265"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="265"/>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="265"/>
        <source>Found</source>
        <translation>Détecté le</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="269"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="270"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="271"/>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="272"/>
        <source>This office&apos;s value</source>
        <translation>Valeur du bureau</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="273"/>
        <source>The package&apos;s value</source>
        <translation>Valeur du paquet</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="276"/>
        <source>Keep this office&apos;s version…</source>
        <translation>Garder la version du bureau…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="277"/>
        <source>Take the package&apos;s version…</source>
        <translation>Prendre la version du paquet…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="285"/>
        <source>No conflict waits for a decision.</source>
        <translation>Aucun conflit en attente de décision.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="287"/>
        <source>Pick a conflict to see the two versions side by side.</source>
        <translation>Choisissez un conflit pour voir les deux versions côte à côte.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="289"/>
        <source>Comparing the two versions…</source>
        <translation>Comparaison des deux versions en cours…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="291"/>
        <source>Household {key}: {reason}. {count} difference(s) between this office&apos;s version and the package&apos;s.</source>
        <translation>Ménage {key}&#xa0;: {reason}. {count} différence(s) entre la version du bureau et celle du paquet.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="311"/>
        <source>Keep this office&apos;s version of household {key}? The package&apos;s version stays on record in the store.</source>
        <translation>Garder la version du bureau pour le ménage {key}&#xa0;? La version du paquet reste conservée dans la base.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="316"/>
        <source>Replace this office&apos;s version of household {key} by the package&apos;s? This office&apos;s version stays on record in the store.</source>
        <translation>Remplacer la version du bureau pour le ménage {key} par celle du paquet&#xa0;? La version du bureau reste conservée dans la base.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="321"/>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="333"/>
        <source>Resolve the conflict</source>
        <translation>Résoudre le conflit</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../surveytool/ui/crash.py" line="89"/>
        <source>surveytool: a problem</source>
        <translation>surveytool&#xa0;: un problème</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/crash.py" line="93"/>
        <source>{count} more problem(s) were logged since.</source>
        <translation>{count} autre(s) problème(s) enregistré(s) depuis.</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../surveytool/ui/crash.py" line="66"/>
        <source>Something went wrong. Your answers are saved. Details were written to {path}.</source>
        <extracomment>the three doors&apos; keepers before ours: sys.excepthook, threading.excepthook, Qt&apos;s handler</extracomment>
        <translation>Une erreur s&apos;est produite. Vos réponses sont enregistrées. Les détails ont été écrits dans {path}.</translation>
    </message>
</context>
<context>
    <name>DemoStore</name>
    <message>
        <location filename="../../surveytool/ui/demo_store.py" line="67"/>
        <location filename="../../surveytool/ui/demo_store.py" line="128"/>
        <location filename="../../surveytool/ui/demo_store.py" line="137"/>
        <source>Open the demo store</source>
        <translation>Ouvrir la base de démonstration</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/demo_store.py" line="69"/>
        <source>The questionnaire is still loading…</source>
        <translation>Le questionnaire est en cours de chargement…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/demo_store.py" line="72"/>
        <source>Wait until the running job has finished.</source>
        <translation>Attendez la fin de la tâche en cours.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/demo_store.py" line="103"/>
        <source>Writing the demo store: {done} of {total} households</source>
        <translation>Écriture de la base de démonstration&#xa0;: {done} ménages sur {total}</translation>
    </message>
</context>
<context>
    <name>DisclosureDialog</name>
    <message>
        <location filename="../../surveytool/ui/exchange_disclosure.py" line="127"/>
        <source>Disclosure report</source>
        <translation>Rapport sur le risque de divulgation</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_disclosure.py" line="131"/>
        <source>{cases} case(s) go into the harmonised package.</source>
        <translation>Cas inclus dans le paquet harmonisé&#xa0;: {cases}.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_disclosure.py" line="132"/>
        <source>{records} {level} record(s) judged on the key variables: {keys}.</source>
        <translation>{records} enregistrement(s) de niveau {level} évalué(s) sur les variables clés&#xa0;: {keys}.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_disclosure.py" line="141"/>
        <source>Key variables not in the tables: {names}</source>
        <translation>Variables clés absentes des tables&#xa0;: {names}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_disclosure.py" line="147"/>
        <source>Smallest cell: {count} record(s)</source>
        <translation>Plus petite cellule&#xa0;: {count} enregistrement(s)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_disclosure.py" line="150"/>
        <source>Records in cells smaller than k = {k}: {records} (in {cells} cell(s))</source>
        <translation>Enregistrements dans des cellules de moins de k = {k}&#xa0;: {records} (dans {cells} cellule(s))</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_disclosure.py" line="161"/>
        <source>Sizes of the smallest cells (of {cells}): {sizes}</source>
        <translation>Tailles des plus petites cellules (sur {cells})&#xa0;: {sizes}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_disclosure.py" line="166"/>
        <source>Top-coded above the {percentile}th percentile:</source>
        <translation>Valeurs plafonnées au-delà du {percentile}e centile&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_disclosure.py" line="171"/>
        <source>Not in the tables, not top-coded: {names}</source>
        <translation>Absentes des tables, donc non plafonnées&#xa0;: {names}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_disclosure.py" line="178"/>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_disclosure.py" line="179"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_disclosure.py" line="180"/>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_disclosure.py" line="181"/>
        <source>Values replaced</source>
        <translation>Valeurs remplacées</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_disclosure.py" line="187"/>
        <source>Not derived everywhere:</source>
        <translation>Variables dérivées incomplètes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_disclosure.py" line="191"/>
        <source>Nothing is written until you choose Write. Cancel if a cell is too small: the package cannot be called back once it has left.</source>
        <translation>Rien n&apos;est écrit tant que vous n&apos;avez pas choisi Écrire. Annulez si une cellule est trop petite&#xa0;: une fois parti, le paquet ne peut plus être rappelé.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_disclosure.py" line="195"/>
        <source>Write…</source>
        <translation>Écrire…</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="95"/>
        <location filename="../../surveytool/ui/exchange_actions.py" line="326"/>
        <source>The questionnaire is still loading…</source>
        <translation>Le questionnaire est en cours de chargement…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="98"/>
        <source>Wait until the running job has finished.</source>
        <translation>Attendez la fin de la tâche en cours.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="106"/>
        <source>{problem}

Create this workstation&apos;s key in the Keys dialog.</source>
        <translation>{problem}

Créez la clé de ce poste dans la fenêtre Clés.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="136"/>
        <location filename="../../surveytool/ui/exchange_actions.py" line="182"/>
        <source>Export batch</source>
        <translation>Exporter un lot</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="167"/>
        <source>Exporting the batch…</source>
        <translation>Exportation du lot en cours…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="173"/>
        <source>Batch {sequence} written to {path}: {cases} case(s), sealed for {office}.

Give this file to the office. The cases stay on this workstation until the office&apos;s receipt is imported (Exchange ▸ Import receipt…).</source>
        <translation>Lot {sequence} écrit dans {path}&#xa0;: {cases} cas, chiffré pour {office}.

Remettez ce fichier au bureau. Les cas restent sur ce poste jusqu&apos;à l&apos;importation de l&apos;accusé de réception du bureau (Échanges ▸ Importer un accusé de réception…).</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="180"/>
        <source>Batch {sequence} exported</source>
        <translation>Lot {sequence} exporté</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="186"/>
        <location filename="../../surveytool/ui/exchange_actions.py" line="223"/>
        <source>Import receipt</source>
        <translation>Importer un accusé de réception</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="200"/>
        <source>Importing the receipt…</source>
        <translation>Importation de l&apos;accusé de réception en cours…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="207"/>
        <source>{count} case(s) received by the office left this workstation.</source>
        <translation>{count} cas reçu(s) par le bureau retiré(s) de ce poste.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="214"/>
        <source>{count} case(s) changed since they were sent stay: send them again.</source>
        <translation>{count} cas modifié(s) depuis leur envoi conservé(s) sur ce poste&#xa0;: envoyez-le(s) de nouveau.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="219"/>
        <source>{count} case(s) of the receipt were not in that batch: ignored.</source>
        <translation>{count} cas de l&apos;accusé de réception absent(s) de ce lot&#xa0;: ignoré(s).</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="227"/>
        <location filename="../../surveytool/ui/exchange_actions.py" line="294"/>
        <location filename="../../surveytool/ui/exchange_actions.py" line="309"/>
        <source>Import packages</source>
        <translation>Importer des paquets</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="247"/>
        <source>Importing packages…</source>
        <translation>Importation des paquets en cours…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="268"/>
        <source>{added} added, {updated} updated, {same} unchanged, {conflicts} conflict(s)</source>
        <translation>{added} ajouté(s), {updated} mis à jour, {same} inchangé(s), {conflicts} conflit(s)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="278"/>
        <source>receipt: {path}</source>
        <translation>accusé de réception&#xa0;: {path}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="282"/>
        <source>Cancelled: {count} package(s) not imported.</source>
        <translation>Annulé&#xa0;: {count} paquet(s) non importé(s).</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="288"/>
        <source>Resolve the conflicts in Exchange ▸ Conflicts…</source>
        <translation>Résolvez les conflits dans Échanges ▸ Conflits…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="290"/>
        <source>{count} package(s) imported</source>
        <translation>{count} paquet(s) importé(s)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="304"/>
        <source>{count} package(s) skip sequence numbers: packages of that workstation are missing. Import them anyway? The gap stays in the import log.</source>
        <translation>{count} paquet(s) avec un saut de numérotation&#xa0;: des paquets de ce poste manquent. Les importer quand même&#xa0;? Le saut restera inscrit dans le journal des importations.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="326"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_harmonised.py" line="35"/>
        <location filename="../../surveytool/ui/exchange_harmonised.py" line="126"/>
        <source>Export harmonised package</source>
        <extracomment>the statuses of the cases a harmonised package takes, by the officer&apos;s choice</extracomment>
        <translation>Exporter le paquet harmonisé</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_harmonised.py" line="40"/>
        <source>Approved cases</source>
        <translation>Cas approuvés</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_harmonised.py" line="41"/>
        <source>Approved and complete cases</source>
        <translation>Cas approuvés et complets</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_harmonised.py" line="46"/>
        <source>Which cases go into the package?</source>
        <translation>Quels cas mettre dans le paquet&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_harmonised.py" line="64"/>
        <source>Preparing the harmonised package…</source>
        <translation>Préparation du paquet harmonisé en cours…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_harmonised.py" line="72"/>
        <location filename="../../surveytool/ui/exchange_harmonised.py" line="87"/>
        <source>Harmonised package cancelled</source>
        <translation>Paquet harmonisé annulé</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_harmonised.py" line="94"/>
        <source>Save the harmonised package as</source>
        <translation>Enregistrer le paquet harmonisé sous</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_harmonised.py" line="112"/>
        <source>Writing the harmonised package…</source>
        <translation>Écriture du paquet harmonisé en cours…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_harmonised.py" line="122"/>
        <source>Harmonised package written to {path}: {cases} case(s), smallest key cell {smallest}.</source>
        <translation>Paquet harmonisé écrit dans {path}&#xa0;: {cases} cas, plus petite cellule (variables clés)&#xa0;: {smallest}.</translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <location filename="../../surveytool/ui/exchange_menu.py" line="38"/>
        <source>E&amp;xchange</source>
        <translation>É&amp;changes</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_menu.py" line="39"/>
        <source>Enumerator</source>
        <translation>Enquêteur</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_menu.py" line="40"/>
        <source>&amp;Export batch…</source>
        <translation>&amp;Exporter un lot…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_menu.py" line="41"/>
        <source>Import &amp;receipt…</source>
        <translation>Importer un &amp;accusé de réception…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_menu.py" line="42"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_menu.py" line="43"/>
        <source>&amp;Import packages…</source>
        <translation>&amp;Importer des paquets…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_menu.py" line="44"/>
        <source>Import &amp;log</source>
        <translation>&amp;Journal des importations</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_menu.py" line="45"/>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflits…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_menu.py" line="46"/>
        <source>Export &amp;harmonised package…</source>
        <translation>Exporter le paquet &amp;harmonisé…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_menu.py" line="47"/>
        <source>&amp;Keys…</source>
        <translation>C&amp;lés…</translation>
    </message>
</context>
<context>
    <name>ExchangeWords</name>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="50"/>
        <source>changed here</source>
        <translation>modifié ici</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="51"/>
        <source>histories differ</source>
        <translation>historiques divergents</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="52"/>
        <source>entered here</source>
        <translation>saisi ici</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="53"/>
        <source>same household key</source>
        <translation>même clé de ménage</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="61"/>
        <source>changed in this office since it was imported</source>
        <translation>modifié dans ce bureau depuis son importation</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="64"/>
        <source>the package&apos;s history does not continue the one imported</source>
        <translation>l&apos;historique du paquet ne prolonge pas celui déjà importé</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="67"/>
        <source>entered in this office, not imported</source>
        <translation>saisi dans ce bureau, non importé</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="70"/>
        <source>another case here has the same household key</source>
        <translation>un autre cas de cette base a la même clé de ménage</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="48"/>
        <source>enumerator</source>
        <translation>enquêteur</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="49"/>
        <source>office</source>
        <translation>bureau</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="50"/>
        <source>African Union</source>
        <translation>Union africaine</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_log.py" line="33"/>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_log.py" line="34"/>
        <source>already imported</source>
        <translation>déjà importé</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_log.py" line="35"/>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
</context>
<context>
    <name>ExportBatchDialog</name>
    <message>
        <location filename="../../surveytool/ui/exchange_batch.py" line="105"/>
        <source>Export batch</source>
        <translation>Exporter un lot</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_batch.py" line="107"/>
        <source>The complete cases not sent yet: {count} case(s)</source>
        <translation>Les cas complets pas encore envoyés&#xa0;: {count} cas</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_batch.py" line="110"/>
        <source>Only the cases selected in the case list: {count}</source>
        <translation>Seulement les cas sélectionnés dans la liste des cas&#xa0;: {count}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_batch.py" line="112"/>
        <location filename="../../surveytool/ui/welcome.py" line="193"/>
        <source>Office&apos;s &amp;public key</source>
        <translation>&amp;Clé publique du bureau</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_batch.py" line="113"/>
        <source>Save the &amp;batch as</source>
        <translation>Enregistrer le &amp;lot sous</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_batch.py" line="114"/>
        <location filename="../../surveytool/ui/exchange_batch.py" line="115"/>
        <location filename="../../surveytool/ui/welcome.py" line="195"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_batch.py" line="117"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_batch.py" line="128"/>
        <location filename="../../surveytool/ui/welcome.py" line="247"/>
        <source>The office&apos;s public key</source>
        <translation>Clé publique du bureau</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_batch.py" line="135"/>
        <source>Save the batch as</source>
        <translation>Enregistrer le lot sous</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_batch.py" line="144"/>
        <source>Choose the key file the office gave you (.pub).</source>
        <translation>Choisissez le fichier de clé que le bureau vous a remis (.pub).</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_batch.py" line="152"/>
        <source>Sealed for {name} ({role})
Fingerprint: {fingerprint}</source>
        <translation>Chiffré pour {name} ({role})
Empreinte&#xa0;: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_batch.py" line="174"/>
        <source>No complete case waits to be sent.</source>
        <translation>Aucun cas complet en attente d&apos;envoi.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_batch.py" line="177"/>
        <source>Choose the office&apos;s public key.</source>
        <translation>Choisissez la clé publique du bureau.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_batch.py" line="186"/>
        <source>Choose the file to save the batch in.</source>
        <translation>Choisissez le fichier où enregistrer le lot.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_batch.py" line="190"/>
        <source>{path} exists already: choose another name.</source>
        <translation>{path} existe déjà&#xa0;: choisissez un autre nom.</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <location filename="../../surveytool/ui/au_models.py" line="225"/>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_models.py" line="226"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_models.py" line="227"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_models.py" line="228"/>
        <source>Panel</source>
        <translation>Volet</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_models.py" line="230"/>
        <source>Note</source>
        <translation>Note</translation>
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
        <translation>Joindre un fichier…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/media_inputs.py" line="81"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/media_inputs.py" line="82"/>
        <source>no file</source>
        <translation>aucun fichier</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/media_inputs.py" line="95"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/media_inputs.py" line="99"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/media_inputs.py" line="100"/>
        <source>Recordings</source>
        <translation>Enregistrements audio</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/media_inputs.py" line="101"/>
        <source>Videos</source>
        <translation>Vidéos</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/media_inputs.py" line="106"/>
        <source>Attach a file</source>
        <translation>Joindre un fichier</translation>
    </message>
</context>
<context>
    <name>Fonts</name>
    <message>
        <location filename="../../surveytool/ui/fonts.py" line="131"/>
        <source>No font on this computer can show {script}, the script of this interface language. Install a font for it (for example Noto Sans {script}) and start surveytool again. Meanwhile the interface opens in English.</source>
        <translation>Aucune police de cet ordinateur ne peut afficher {script}, l&apos;écriture de cette langue d&apos;interface. Installez une police pour cette écriture (par exemple Noto Sans {script}) et redémarrez surveytool. En attendant, l&apos;interface s&apos;ouvre en anglais.</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <location filename="../../surveytool/ui/form_view.py" line="273"/>
        <source>End of the questionnaire: Ctrl+Enter or F10 marks it complete.</source>
        <translation>Fin du questionnaire&#xa0;: Ctrl+Enter ou F10 le marque comme complet.</translation>
    </message>
</context>
<context>
    <name>ImportLogDialog</name>
    <message>
        <location filename="../../surveytool/ui/exchange_log.py" line="104"/>
        <source>Import log</source>
        <translation>Journal des importations</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_log.py" line="107"/>
        <source>Time (UTC)</source>
        <translation>Date et heure (UTC)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_log.py" line="108"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_log.py" line="109"/>
        <source>Verdict</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_log.py" line="110"/>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_log.py" line="111"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_log.py" line="114"/>
        <source>{count} import(s)</source>
        <translation>{count} importation(s)</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <location filename="../../surveytool/ui/exchange_run.py" line="69"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_run.py" line="86"/>
        <source>Stopping after the current step…</source>
        <translation>Arrêt après l&apos;étape en cours…</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="196"/>
        <location filename="../../surveytool/ui/exchange_keys.py" line="241"/>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="200"/>
        <source>This workstation: {name} ({role})
Fingerprint: {fingerprint}
Keys kept in {folder}</source>
        <translation>Ce poste&#xa0;: {name} ({role})
Empreinte&#xa0;: {fingerprint}
Clés conservées dans {folder}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="210"/>
        <source>This workstation has no key yet.</source>
        <translation>Ce poste n&apos;a pas encore de clé.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="211"/>
        <source>Create this workstation&apos;s key…</source>
        <translation>Créer la clé de ce poste…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="212"/>
        <source>Export the public key…</source>
        <translation>Exporter la clé publique…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="213"/>
        <source>Trust a key file…</source>
        <translation>Faire confiance à un fichier de clé…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="215"/>
        <source>Trusted keys: packages and receipts signed by these are accepted</source>
        <translation>Clés de confiance&#xa0;: les paquets et accusés de réception signés par ces clés sont acceptés</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="218"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="218"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="218"/>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="218"/>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="252"/>
        <location filename="../../surveytool/ui/exchange_keys.py" line="265"/>
        <location filename="../../surveytool/ui/exchange_keys.py" line="272"/>
        <source>Export the public key</source>
        <translation>Exporter la clé publique</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="269"/>
        <source>Public key written to {path}. Fingerprint: {fingerprint}</source>
        <translation>Clé publique écrite dans {path}. Empreinte&#xa0;: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="278"/>
        <location filename="../../surveytool/ui/exchange_keys.py" line="290"/>
        <location filename="../../surveytool/ui/exchange_keys.py" line="300"/>
        <source>Trust a key file</source>
        <translation>Faire confiance à un fichier de clé</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="293"/>
        <source>Trust the key of {name} ({role})?

Fingerprint: {fingerprint}

Compare it with the fingerprint its owner reads to you. Packages and receipts signed by this key will be accepted.</source>
        <translation>Faire confiance à la clé de {name} ({role})&#xa0;?

Empreinte&#xa0;: {fingerprint}

Comparez-la avec l&apos;empreinte que son propriétaire vous lit. Les paquets et accusés de réception signés par cette clé seront acceptés.</translation>
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
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/inputs.py" line="114"/>
        <source>“{text}” is not a whole number; it was not saved.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un nombre entier&#xa0;; la valeur n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/inputs.py" line="117"/>
        <source>“{text}” is not a number: write it like {example}; it was not saved.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un nombre&#xa0;: écrivez-le comme {example}&#xa0;; la valeur n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/inputs.py" line="121"/>
        <source>“{text}” is not a month: write it as YYYY-MM; it was not saved.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un mois&#xa0;: écrivez-le sous la forme AAAA-MM&#xa0;; la valeur n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/inputs.py" line="125"/>
        <source>“{text}” is not a date: write it as YYYY-MM-DD; it was not saved.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une date&#xa0;: écrivez-la sous la forme AAAA-MM-JJ&#xa0;; la valeur n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/inputs.py" line="127"/>
        <source>“{text}” cannot be an answer here; it was not saved.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une réponse possible ici&#xa0;; la valeur n&apos;a pas été enregistrée.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="162"/>
        <source>surveytool: JLMP labour migration module</source>
        <translation>surveytool&#xa0;: module migration de main-d&apos;œuvre du JLMP</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="149"/>
        <source>Enumerator</source>
        <translation>Enquêteur</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="124"/>
        <location filename="../../surveytool/ui/main_window.py" line="150"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="151"/>
        <source>AU</source>
        <translation>UA</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="168"/>
        <source>Store: {path}</source>
        <translation>Base&#xa0;: {path}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="172"/>
        <source>Enumerator: {id}</source>
        <translation>Enquêteur&#xa0;: {id}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="174"/>
        <source>Enumerator: not set</source>
        <translation>Enquêteur&#xa0;: non défini</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="237"/>
        <source>Opened {path}</source>
        <translation>Ouvert&#xa0;: {path}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="298"/>
        <source>Generate demo households</source>
        <translation>Générer des ménages de démonstration</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="299"/>
        <source>How many households?</source>
        <translation>Combien de ménages&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="341"/>
        <source>{count} demo households added</source>
        <translation>{count} ménages de démonstration ajoutés</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="358"/>
        <source>Questionnaire {id} {version} loaded</source>
        <translation>Questionnaire {id} {version} chargé</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="369"/>
        <source>New household</source>
        <translation>Nouveau ménage</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="379"/>
        <source>The questionnaire is still loading…</source>
        <translation>Le questionnaire est en cours de chargement…</translation>
    </message>
</context>
<context>
    <name>MediaStrip</name>
    <message>
        <location filename="../../surveytool/ui/media_view.py" line="69"/>
        <source>▶ Play the sound</source>
        <translation>▶ Écouter le son</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/media_view.py" line="70"/>
        <source>▶ Play the video</source>
        <translation>▶ Lire la vidéo</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/media_view.py" line="71"/>
        <source>Show the picture larger</source>
        <translation>Agrandir l&apos;image</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="107"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="108"/>
        <source>&amp;New store…</source>
        <translation>&amp;Nouvelle base…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="109"/>
        <source>&amp;Open store…</source>
        <translation>&amp;Ouvrir une base…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="110"/>
        <source>Open &amp;recent</source>
        <translation>Bases &amp;récentes</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="111"/>
        <source>&amp;Generate demo households…</source>
        <translation>&amp;Générer des ménages de démonstration…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="112"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="113"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="114"/>
        <source>&amp;Interface</source>
        <translation>&amp;Interface</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="115"/>
        <source>&amp;Questionnaire</source>
        <translation>&amp;Questionnaire</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="116"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="117"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="118"/>
        <source>&amp;Welcome page…</source>
        <translation>Page d&apos;&amp;accueil…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="119"/>
        <source>Open the &amp;demo store</source>
        <translation>Ouvrir la base de &amp;démonstration</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="120"/>
        <source>&amp;About surveytool</source>
        <translation>À &amp;propos de surveytool</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="257"/>
        <source>New household</source>
        <translation>Nouveau ménage</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="259"/>
        <source>&amp;Cluster</source>
        <translation>&amp;Grappe</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="260"/>
        <source>&amp;Household number</source>
        <translation>&amp;Numéro du ménage</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="261"/>
        <location filename="../../surveytool/ui/welcome.py" line="191"/>
        <source>&amp;Enumerator id</source>
        <translation>&amp;Code de l&apos;enquêteur</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="262"/>
        <source>&amp;Year</source>
        <translation>&amp;Année</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="263"/>
        <source>C&amp;ountry</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="287"/>
        <source>Enter the cluster (enumeration area).</source>
        <translation>Saisissez la grappe (zone de dénombrement).</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="291"/>
        <location filename="../../surveytool/ui/welcome.py" line="330"/>
        <source>Enter your enumerator id.</source>
        <translation>Saisissez votre code d&apos;enquêteur.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="297"/>
        <source>This household exists already.</source>
        <translation>Ce ménage existe déjà.</translation>
    </message>
</context>
<context>
    <name>NewKeyDialog</name>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="105"/>
        <source>Create this workstation&apos;s key</source>
        <translation>Créer la clé de ce poste</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="108"/>
        <source>This workstation signs what it sends with its own key. Give the key the name people will recognise: your name, or your office&apos;s.</source>
        <translation>Ce poste signe ce qu&apos;il envoie avec sa propre clé. Donnez à la clé un nom que les autres reconnaîtront&#xa0;: votre nom, ou celui de votre bureau.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="112"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="113"/>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="117"/>
        <source>Enter a name for the key.</source>
        <translation>Saisissez un nom pour la clé.</translation>
    </message>
</context>
<context>
    <name>OfficeWords</name>
    <message>
        <location filename="../../surveytool/ui/office_models.py" line="95"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_models.py" line="96"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_models.py" line="103"/>
        <source>household</source>
        <translation>ménage</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_models.py" line="104"/>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_models.py" line="105"/>
        <source>absentee</source>
        <translation>absent</translation>
    </message>
</context>
<context>
    <name>OfficeWorkspace</name>
    <message>
        <location filename="../../surveytool/ui/office.py" line="185"/>
        <source>Validate the store</source>
        <translation>Valider la base</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="186"/>
        <source>Validate a folder…</source>
        <translation>Valider un dossier…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="310"/>
        <source>Run a validation to review the cases.</source>
        <translation>Lancez une validation pour examiner les cas.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="188"/>
        <location filename="../../surveytool/ui/office.py" line="200"/>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="188"/>
        <location filename="../../surveytool/ui/office.py" line="201"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="188"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="188"/>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="193"/>
        <location filename="../../surveytool/ui/office.py" line="197"/>
        <source>Household</source>
        <translation>Ménage</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="198"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="193"/>
        <location filename="../../surveytool/ui/office.py" line="199"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="190"/>
        <source>By check</source>
        <translation>Par contrôle</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="191"/>
        <source>By household</source>
        <translation>Par ménage</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="193"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="193"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="202"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="203"/>
        <source>Justified</source>
        <translation>Justifié</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="206"/>
        <source>Open case at question</source>
        <translation>Ouvrir le cas à la question</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="207"/>
        <source>Approve case</source>
        <translation>Approuver le cas</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="208"/>
        <source>Reject case…</source>
        <translation>Rejeter le cas…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="209"/>
        <source>Revoke approval…</source>
        <translation>Retirer l&apos;approbation…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="210"/>
        <source>Justify warning…</source>
        <translation>Justifier l&apos;avertissement…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="271"/>
        <source>Validating…</source>
        <translation>Validation en cours…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="283"/>
        <source>Choose a folder with households.csv and persons.csv</source>
        <translation>Choisissez un dossier contenant households.csv et persons.csv</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="313"/>
        <source>{errors} error(s), {warnings} warning(s)</source>
        <translation>{errors} erreur(s), {warnings} avertissement(s)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="320"/>
        <source>{count} case(s) ({statuses}): {counts}</source>
        <translation>{count} cas ({statuses})&#xa0;: {counts}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="330"/>
        <source>{count} check(s) not fully run:</source>
        <translation>{count} contrôle(s) pas entièrement exécuté(s)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_actions.py" line="108"/>
        <source>Justify warning</source>
        <translation>Justifier l&apos;avertissement</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_actions.py" line="109"/>
        <source>Why is this answer right?</source>
        <translation>Pourquoi cette réponse est-elle correcte ?</translation>
    </message>
</context>
<context>
    <name>PackagesModel</name>
    <message>
        <location filename="../../surveytool/ui/au_models.py" line="121"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_models.py" line="122"/>
        <source>Round</source>
        <translation>Passage</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_models.py" line="123"/>
        <source>Form version</source>
        <translation>Version du questionnaire</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_models.py" line="124"/>
        <source>Reference period</source>
        <translation>Période de référence</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_models.py" line="125"/>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_models.py" line="126"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_models.py" line="127"/>
        <source>Verdict</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../surveytool/ui/problems_dialog.py" line="69"/>
        <source>The case cannot be marked complete</source>
        <translation>Le cas ne peut pas être marqué comme complet</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/problems_dialog.py" line="71"/>
        <source>{count} problem(s) must be solved first (Enter opens one):</source>
        <translation>{count} problème(s) à résoudre d&apos;abord (Enter en ouvre un)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RangeInput</name>
    <message>
        <location filename="../../surveytool/ui/type_inputs.py" line="189"/>
        <source>from {start} to {end}, by {step}</source>
        <translation>de {start} à {end}, par pas de {step}</translation>
    </message>
</context>
<context>
    <name>RankInput</name>
    <message>
        <location filename="../../surveytool/ui/media_inputs.py" line="157"/>
        <source>Shift+Up / Shift+Down move the highlighted entry; Space keeps this order.</source>
        <translation>Shift+Up / Shift+Down déplacent l&apos;élément en surbrillance&#xa0;; Space conserve cet ordre.</translation>
    </message>
</context>
<context>
    <name>ReadOnlyInput</name>
    <message>
        <location filename="../../surveytool/ui/media_inputs.py" line="243"/>
        <source>(filled by surveytool)</source>
        <translation>(rempli par surveytool)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/media_inputs.py" line="245"/>
        <source>(the case&apos;s history, kept by surveytool)</source>
        <translation>(l&apos;historique du cas, tenu par surveytool)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/media_inputs.py" line="247"/>
        <source>(recorded on phones only)</source>
        <translation>(enregistré sur téléphone uniquement)</translation>
    </message>
</context>
<context>
    <name>RefusalDialog</name>
    <message>
        <location filename="../../surveytool/ui/office_decisions.py" line="60"/>
        <source>Decision refused</source>
        <translation>Décision refusée</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="81"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
</context>
<context>
    <name>RosterWidget</name>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="194"/>
        <source>Add member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="195"/>
        <source>Insert or Ctrl+N</source>
        <translation>Insert ou Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="196"/>
        <source>Open member</source>
        <translation>Ouvrir le membre</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="197"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="198"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="199"/>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="200"/>
        <source>Move down</source>
        <translation>Descendre</translation>
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
        <translation>Supprimer le membre</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="203"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="219"/>
        <source>The rows are made from an earlier answer.</source>
        <translation>Les lignes proviennent d&apos;une réponse précédente.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="221"/>
        <source>The number of rows is the answer to “{question}”.</source>
        <translation>Le nombre de lignes est la réponse à «&#xa0;{question}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="315"/>
        <source>There is no member yet: add one with Insert or “Add member”.</source>
        <translation>Aucun membre pour l&apos;instant&#xa0;: ajoutez-en un avec Insert ou «&#xa0;Ajouter un membre&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="328"/>
        <source>Remove member {line} {name} and all their answers?</source>
        <translation>Supprimer le membre {line} {name} et toutes ses réponses&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="335"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="29"/>
        <source>Accept the answer and go to the next question</source>
        <translation>Valider la réponse et passer à la question suivante</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="30"/>
        <source>Next question (at the end of a page: the next page)</source>
        <translation>Question suivante (en fin de page&#xa0;: page suivante)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="31"/>
        <source>Previous question (at the top: previous page)</source>
        <translation>Question précédente (en haut de page&#xa0;: page précédente)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="32"/>
        <source>Move between the options of a question</source>
        <translation>Passer d&apos;une option à l&apos;autre dans une question</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="33"/>
        <source>Tick or untick the focused option</source>
        <translation>Cocher ou décocher l&apos;option active</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="34"/>
        <source>Searchable list: open it (typing searches it)</source>
        <translation>Liste avec recherche&#xa0;: l&apos;ouvrir (la saisie lance la recherche)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="35"/>
        <source>Choose the n-th option of a single choice question</source>
        <translation>Choisir la n-ième option d&apos;une question à choix unique</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="36"/>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="37"/>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="38"/>
        <location filename="../../surveytool/ui/shortcuts.py" line="39"/>
        <source>Mark the case complete</source>
        <translation>Marquer le cas comme complet</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="40"/>
        <source>Back to the case list</source>
        <translation>Retour à la liste des cas</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="41"/>
        <location filename="../../surveytool/ui/shortcuts.py" line="42"/>
        <source>Roster: add a member and open it</source>
        <translation>Tableau des membres&#xa0;: ajouter un membre et l&apos;ouvrir</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="43"/>
        <source>Roster: open the selected member</source>
        <translation>Tableau des membres&#xa0;: ouvrir le membre sélectionné</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="44"/>
        <source>Roster: move the selected member up</source>
        <translation>Tableau des membres&#xa0;: monter le membre sélectionné</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="45"/>
        <source>Roster: move the selected member down</source>
        <translation>Tableau des membres&#xa0;: descendre le membre sélectionné</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="46"/>
        <source>Roster: remove the selected member (asks first)</source>
        <translation>Tableau des membres&#xa0;: supprimer le membre sélectionné (après confirmation)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="47"/>
        <source>Case list: from the search box into the list</source>
        <translation>Liste des cas&#xa0;: passer de la zone de recherche à la liste</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="48"/>
        <source>Case list: open the selected case or only match</source>
        <translation>Liste des cas&#xa0;: ouvrir le cas sélectionné ou le seul résultat</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="49"/>
        <location filename="../../surveytool/ui/shortcuts.py" line="50"/>
        <source>Case list: new case</source>
        <translation>Liste des cas&#xa0;: nouveau cas</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="51"/>
        <source>Show this list of keyboard shortcuts</source>
        <translation>Afficher cette liste des raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="94"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="95"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="95"/>
        <source>What it does</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>StartProblem</name>
    <message>
        <location filename="../../surveytool/ui/start_problems.py" line="48"/>
        <source>The store could not be opened.</source>
        <translation>La base n&apos;a pas pu être ouverte.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/start_problems.py" line="50"/>
        <source>Open another store…</source>
        <translation>Ouvrir une autre base…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/start_problems.py" line="51"/>
        <source>New store…</source>
        <translation>Nouvelle base…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/start_problems.py" line="52"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="121"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="122"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="123"/>
        <source>Complete</source>
        <translation>Complet</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="124"/>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="125"/>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
</context>
<context>
    <name>StatusSelector</name>
    <message>
        <location filename="../../surveytool/ui/office_statuses.py" line="44"/>
        <source>Which cases of the store to validate</source>
        <translation>Cas de la base à valider</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_statuses.py" line="47"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_statuses.py" line="48"/>
        <source>Sent for review (complete, approved)</source>
        <translation>Transmis pour examen (complet, approuvé)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_statuses.py" line="51"/>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_statuses.py" line="54"/>
        <source>Cases: {statuses}</source>
        <translation>Cas&#xa0;: {statuses}</translation>
    </message>
</context>
<context>
    <name>StoreChooser</name>
    <message>
        <location filename="../../surveytool/ui/stores.py" line="45"/>
        <location filename="../../surveytool/ui/stores.py" line="65"/>
        <location filename="../../surveytool/ui/stores.py" line="73"/>
        <source>New store</source>
        <translation>Nouvelle base</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/stores.py" line="52"/>
        <location filename="../../surveytool/ui/stores.py" line="73"/>
        <source>Open store</source>
        <translation>Ouvrir une base</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/stores.py" line="66"/>
        <source>{path} exists already: use Open store to open it.</source>
        <translation>{path} existe déjà&#xa0;: utilisez Ouvrir une base pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/stores.py" line="75"/>
        <source>Wait until the running job has finished.</source>
        <translation>Attendez la fin de la tâche en cours.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/stores.py" line="80"/>
        <source>There is no store at {path}.</source>
        <translation>Aucune base à l&apos;emplacement {path}.</translation>
    </message>
</context>
<context>
    <name>TableBrowser</name>
    <message>
        <location filename="../../surveytool/ui/au_browser.py" line="111"/>
        <source>&amp;Table:</source>
        <translation>&amp;Tableau&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_browser.py" line="112"/>
        <source>&amp;REC:</source>
        <translation>CE&amp;R&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_browser.py" line="113"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_browser.py" line="114"/>
        <source>&amp;Sex:</source>
        <translation>&amp;Sexe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_browser.py" line="169"/>
        <source>All RECs</source>
        <translation>Toutes les CER</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_browser.py" line="170"/>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_browser.py" line="188"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_browser.py" line="188"/>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_browser.py" line="188"/>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_browser.py" line="202"/>
        <source>No tables yet: choose a merged folder.</source>
        <translation>Aucun tableau pour l&apos;instant&#xa0;: choisissez un dossier de fusion.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_browser.py" line="210"/>
        <source>Universe: {universe}</source>
        <translation>Champ&#xa0;: {universe}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_browser.py" line="212"/>
        <source>Note: {note}</source>
        <translation>Note&#xa0;: {note}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_browser.py" line="222"/>
        <source>{measure} by area, {sex}</source>
        <translation>{measure} selon la zone, {sex}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_browser.py" line="230"/>
        <source>No figures for this choice.</source>
        <translation>Aucune valeur pour ce choix.</translation>
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
        <translation>AAAA-MM-JJ HH:MM</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/type_inputs.py" line="81"/>
        <source>latitude longitude, like 12.5 -8.25</source>
        <translation>latitude longitude, comme 12.5 -8.25</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/type_inputs.py" line="82"/>
        <source>places separated by ; (at least 2)</source>
        <translation>lieux séparés par&#xa0;; (au moins 2)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/type_inputs.py" line="83"/>
        <source>places separated by ; (the last = the first)</source>
        <translation>lieux séparés par&#xa0;; (le dernier = le premier)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/type_inputs.py" line="84"/>
        <source>type or scan the code</source>
        <translation>saisissez ou scannez le code</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/type_inputs.py" line="117"/>
        <source>“{text}” is not a time: write it as HH:MM; it was not saved.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une heure&#xa0;: écrivez-la sous la forme HH:MM&#xa0;; la valeur n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/type_inputs.py" line="119"/>
        <source>“{text}” is not a date and time: write it as YYYY-MM-DD HH:MM; it was not saved.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une date et heure&#xa0;: écrivez-la sous la forme AAAA-MM-JJ HH:MM&#xa0;; la valeur n&apos;a pas été enregistrée.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../surveytool/ui/welcome.py" line="170"/>
        <source>Welcome to surveytool</source>
        <translation>Bienvenue dans surveytool</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/welcome.py" line="173"/>
        <source>Choose how this computer is used. It is asked once; Help ▸ Welcome page… changes it later.</source>
        <translation>Choisissez l&apos;usage de cet ordinateur. La question n&apos;est posée qu&apos;une fois&#xa0;; Aide ▸ Page d&apos;accueil… permet de changer ce choix plus tard.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/welcome.py" line="177"/>
        <source>Workspace shown at start</source>
        <translation>Espace de travail affiché au démarrage</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/welcome.py" line="179"/>
        <source>Interviews households and sends batches to the office.</source>
        <translation>Interroge les ménages et envoie des lots au bureau.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/welcome.py" line="181"/>
        <source>The national statistics office: imports batches, reviews and validates the cases, exports the harmonised package.</source>
        <translation>Le bureau national de la statistique&#xa0;: importe les lots, examine et valide les cas, exporte le paquet harmonisé.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/welcome.py" line="184"/>
        <source>The African Union: merges the countries&apos; packages into tables.</source>
        <translation>L&apos;Union africaine&#xa0;: fusionne les paquets des pays en tableaux.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/welcome.py" line="189"/>
        <source>Interface &amp;language</source>
        <translation>&amp;Langue de l&apos;interface</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/welcome.py" line="196"/>
        <source>&amp;Continue</source>
        <translation>C&amp;ontinuer</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/welcome.py" line="197"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/welcome.py" line="197"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/welcome.py" line="283"/>
        <source>This is the key of {name}, {role}: choose the key of the office.</source>
        <translation>C&apos;est la clé de {name}, {role}&#xa0;: choisissez la clé du bureau.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/welcome.py" line="292"/>
        <source>Optional now: Exchange ▸ Export batch asks for it. The office gives you its key file (.pub).</source>
        <translation>Facultatif pour l&apos;instant&#xa0;: Échanges ▸ Exporter un lot la demandera. Le bureau vous remet son fichier de clé (.pub).</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/welcome.py" line="297"/>
        <source>Office: {name}
Fingerprint: {fingerprint}
Read the fingerprint to the office by phone: it must be the same.</source>
        <translation>Bureau&#xa0;: {name}
Empreinte&#xa0;: {fingerprint}
Lisez l&apos;empreinte au bureau par téléphone&#xa0;: elle doit être identique.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/welcome.py" line="343"/>
        <source>This computer&apos;s keys could not be set up: {problem}</source>
        <translation>Les clés de cet ordinateur n&apos;ont pas pu être créées&#xa0;: {problem}</translation>
    </message>
</context>
</TS>
