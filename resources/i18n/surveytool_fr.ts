<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
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
    <name>CaseBar</name>
    <message>
        <location filename="../../surveytool/ui/case_bar.py" line="66"/>
        <location filename="../../surveytool/ui/case_bar.py" line="86"/>
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
        <location filename="../../surveytool/ui/case_bar.py" line="101"/>
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
        <location filename="../../surveytool/ui/case_list.py" line="96"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="91"/>
        <source>New case</source>
        <translation>Nouveau cas</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="90"/>
        <source>Search household (e.g. C0012); Down: the list</source>
        <translation>Rechercher un ménage (p. ex. C0012)&#xa0;; Down&#xa0;: la liste</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="92"/>
        <source>Ctrl+Shift+N or Insert</source>
        <translation>Ctrl+Shift+N ou Insert</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="170"/>
        <source>{count} cases</source>
        <translation>{count} cas</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="76"/>
        <source>Household</source>
        <translation>Ménage</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="77"/>
        <source>Cluster</source>
        <translation>Grappe</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="78"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="79"/>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="80"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="81"/>
        <source>Enumerator</source>
        <translation>Enquêteur</translation>
    </message>
</context>
<context>
    <name>CaseWrites</name>
    <message>
        <location filename="../../surveytool/ui/case_writes.py" line="132"/>
        <source>Marked complete. The case is now read-only; Reopen to change it.</source>
        <translation>Marqué comme complet. Le cas est maintenant en lecture seule&#xa0;; utilisez Rouvrir pour le modifier.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_writes.py" line="152"/>
        <source>Reopened: the answers can be changed again.</source>
        <translation>Rouvert&#xa0;: les réponses peuvent de nouveau être modifiées.</translation>
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
    <name>FormView</name>
    <message>
        <location filename="../../surveytool/ui/form_view.py" line="270"/>
        <source>End of the questionnaire: Ctrl+Enter or F10 marks it complete.</source>
        <translation>Fin du questionnaire&#xa0;: Ctrl+Enter ou F10 le marque comme complet.</translation>
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
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/inputs.py" line="112"/>
        <source>“{text}” is not a whole number; it was not saved.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un nombre entier&#xa0;; la valeur n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/inputs.py" line="115"/>
        <source>“{text}” is not a number: write it like {example}; it was not saved.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un nombre&#xa0;: écrivez-le comme {example}&#xa0;; la valeur n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/inputs.py" line="119"/>
        <source>“{text}” is not a month: write it as YYYY-MM; it was not saved.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un mois&#xa0;: écrivez-le sous la forme AAAA-MM&#xa0;; la valeur n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/inputs.py" line="123"/>
        <source>“{text}” is not a date: write it as YYYY-MM-DD; it was not saved.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une date&#xa0;: écrivez-la sous la forme AAAA-MM-JJ&#xa0;; la valeur n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/inputs.py" line="125"/>
        <source>“{text}” cannot be an answer here; it was not saved.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une réponse possible ici&#xa0;; la valeur n&apos;a pas été enregistrée.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="158"/>
        <source>surveytool: JLMP labour migration module</source>
        <translation>surveytool&#xa0;: module migration de main-d&apos;œuvre du JLMP</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="139"/>
        <source>Enumerator</source>
        <translation>Enquêteur</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="116"/>
        <location filename="../../surveytool/ui/main_window.py" line="140"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="144"/>
        <source>The AU workspace (merge countries, continental tables) comes with the merge release.</source>
        <translation>L&apos;espace UA (fusion des pays, tableaux continentaux) sera disponible avec la version de fusion.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="141"/>
        <source>AU</source>
        <translation>UA</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="164"/>
        <source>Store: {path}</source>
        <translation>Base&#xa0;: {path}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="168"/>
        <source>Enumerator: {id}</source>
        <translation>Enquêteur&#xa0;: {id}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="170"/>
        <source>Enumerator: not set</source>
        <translation>Enquêteur&#xa0;: non défini</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="232"/>
        <source>Opened {path}</source>
        <translation>Ouvert&#xa0;: {path}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="260"/>
        <source>Generate demo households</source>
        <translation>Générer des ménages de démonstration</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="261"/>
        <source>How many households?</source>
        <translation>Combien de ménages&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="302"/>
        <source>{count} demo households added</source>
        <translation>{count} ménages de démonstration ajoutés</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="319"/>
        <source>Questionnaire {id} {version} loaded</source>
        <translation>Questionnaire {id} {version} chargé</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="330"/>
        <source>New household</source>
        <translation>Nouveau ménage</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="340"/>
        <source>The questionnaire is still loading…</source>
        <translation>Le questionnaire est en cours de chargement…</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="100"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="101"/>
        <source>&amp;New store…</source>
        <translation>&amp;Nouvelle base…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="102"/>
        <source>&amp;Open store…</source>
        <translation>&amp;Ouvrir une base…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="103"/>
        <source>Open &amp;recent</source>
        <translation>Bases &amp;récentes</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="104"/>
        <source>&amp;Generate demo households…</source>
        <translation>&amp;Générer des ménages de démonstration…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="105"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="106"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="107"/>
        <source>&amp;Interface</source>
        <translation>&amp;Interface</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="108"/>
        <source>&amp;Questionnaire</source>
        <translation>&amp;Questionnaire</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="109"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="110"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="111"/>
        <source>&amp;About surveytool</source>
        <translation>À &amp;propos de surveytool</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="243"/>
        <source>New household</source>
        <translation>Nouveau ménage</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="245"/>
        <source>&amp;Cluster</source>
        <translation>&amp;Grappe</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="246"/>
        <source>&amp;Household number</source>
        <translation>&amp;Numéro du ménage</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="247"/>
        <source>&amp;Enumerator id</source>
        <translation>&amp;Code de l&apos;enquêteur</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="248"/>
        <source>&amp;Year</source>
        <translation>&amp;Année</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="249"/>
        <source>C&amp;ountry</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="273"/>
        <source>Enter the cluster (enumeration area).</source>
        <translation>Saisissez la grappe (zone de dénombrement).</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="277"/>
        <source>Enter your enumerator id.</source>
        <translation>Saisissez votre code d&apos;enquêteur.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="283"/>
        <source>This household exists already.</source>
        <translation>Ce ménage existe déjà.</translation>
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
        <location filename="../../surveytool/ui/roster.py" line="71"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
</context>
<context>
    <name>RosterWidget</name>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="170"/>
        <source>Add member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="171"/>
        <source>Insert or Ctrl+N</source>
        <translation>Insert ou Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="172"/>
        <source>Open member</source>
        <translation>Ouvrir le membre</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="173"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="174"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="175"/>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="176"/>
        <source>Move down</source>
        <translation>Descendre</translation>
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
        <translation>Supprimer le membre</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="179"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="193"/>
        <source>The rows are made from an earlier answer.</source>
        <translation>Les lignes proviennent d&apos;une réponse précédente.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="195"/>
        <source>The number of rows is the answer to “{question}”.</source>
        <translation>Le nombre de lignes est la réponse à «&#xa0;{question}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="290"/>
        <source>There is no member yet: add one with Insert or “Add member”.</source>
        <translation>Aucun membre pour l&apos;instant&#xa0;: ajoutez-en un avec Insert ou «&#xa0;Ajouter un membre&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="303"/>
        <source>Remove member {line} {name} and all their answers?</source>
        <translation>Supprimer le membre {line} {name} et toutes ses réponses&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="310"/>
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
    <name>Status</name>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="115"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="116"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="117"/>
        <source>Complete</source>
        <translation>Complet</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="118"/>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="119"/>
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
</TS>
