<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>CaseList</name>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="40"/>
        <source>Search household (e.g. C0012)</source>
        <translation>Rechercher un ménage (p. ex. C0012)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="43"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="46"/>
        <source>New case</source>
        <translation>Nouveau cas</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="79"/>
        <source>{count} cases</source>
        <translation>{count} cas</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="75"/>
        <source>Household</source>
        <translation>Ménage</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="76"/>
        <source>Cluster</source>
        <translation>Grappe</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="77"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="78"/>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="79"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="80"/>
        <source>Enumerator</source>
        <translation>Enquêteur</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <location filename="../../surveytool/ui/form_view.py" line="57"/>
        <source>Mark complete</source>
        <translation>Marquer comme complet</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/form_view.py" line="60"/>
        <source>Back to cases</source>
        <translation>Retour aux cas</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/form_view.py" line="62"/>
        <source>Household {key}</source>
        <translation>Ménage {key}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/form_view.py" line="70"/>
        <source>Returned by the office: {comment}</source>
        <translation>Renvoyé par le bureau : {comment}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/form_view.py" line="208"/>
        <source>Saved {time}</source>
        <translation>Enregistré à {time}</translation>
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
        <translation>AAAA-MM-JJ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="51"/>
        <source>surveytool: JLMP labour migration module</source>
        <translation>surveytool&#xa0;: module migration de main-d&apos;œuvre du JLMP</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="57"/>
        <source>Enumerator</source>
        <translation>Enquêteur</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="62"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="66"/>
        <source>The AU workspace (merge countries, continental tables) comes with the merge release.</source>
        <translation>L&apos;espace UA (fusion des pays, tableaux continentaux) sera disponible avec la version de fusion.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="70"/>
        <source>AU</source>
        <translation>UA</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="89"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="90"/>
        <source>Generate demo households…</source>
        <translation>Générer des ménages de démonstration…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="92"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="93"/>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="94"/>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="116"/>
        <source>Generate demo households</source>
        <translation>Générer des ménages de démonstration</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="117"/>
        <source>How many households?</source>
        <translation>Combien de ménages&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="167"/>
        <source>{count} demo households added</source>
        <translation>{count} ménages de démonstration ajoutés</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="182"/>
        <source>Questionnaire {id} {version} loaded</source>
        <translation>Questionnaire {id} {version} chargé</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="193"/>
        <source>New household</source>
        <translation>Nouveau ménage</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="203"/>
        <source>The questionnaire is still loading…</source>
        <translation>Le questionnaire est en cours de chargement…</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="103"/>
        <source>New household</source>
        <translation>Nouveau ménage</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="126"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="127"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="128"/>
        <source>Cluster</source>
        <translation>Grappe</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="129"/>
        <source>Household number</source>
        <translation>Numéro du ménage</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="130"/>
        <source>Enumerator id</source>
        <translation>Code de l&apos;enquêteur</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="151"/>
        <source>Enter the cluster (enumeration area).</source>
        <translation>Saisissez la grappe (zone de dénombrement).</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="154"/>
        <source>Enter your enumerator id.</source>
        <translation>Saisissez votre code d&apos;enquêteur.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="159"/>
        <source>This household exists already.</source>
        <translation>Ce ménage existe déjà.</translation>
    </message>
</context>
<context>
    <name>OfficeWorkspace</name>
    <message>
        <location filename="../../surveytool/ui/office.py" line="77"/>
        <source>Validate the store</source>
        <translation>Valider la base</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="79"/>
        <source>Validate a folder…</source>
        <translation>Valider un dossier…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="82"/>
        <source>Run a validation to review the cases.</source>
        <translation>Lancez une validation pour examiner les cas.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="85"/>
        <location filename="../../surveytool/ui/office.py" line="91"/>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="85"/>
        <location filename="../../surveytool/ui/office.py" line="92"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="85"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="85"/>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="89"/>
        <source>Household</source>
        <translation>Ménage</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="90"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="93"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="94"/>
        <source>Justified</source>
        <translation>Justifié</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="101"/>
        <source>Open case at question</source>
        <translation>Ouvrir le cas à la question</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="102"/>
        <source>Approve case</source>
        <translation>Approuver le cas</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="103"/>
        <source>Reject case…</source>
        <translation>Rejeter le cas…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="104"/>
        <source>Justify warning…</source>
        <translation>Justifier l&apos;avertissement…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="190"/>
        <source>Validating…</source>
        <translation>Validation en cours…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="202"/>
        <source>Choose a folder with households.csv and persons.csv</source>
        <translation>Choisissez un dossier contenant households.csv et persons.csv</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="222"/>
        <source>{errors} error(s), {warnings} warning(s)</source>
        <translation>{errors} erreur(s), {warnings} avertissement(s)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="227"/>
        <source>{count} check(s) not fully run</source>
        <translation>{count} contrôle(s) pas entièrement exécuté(s)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="276"/>
        <source>Household {key}: {status}</source>
        <translation>Ménage {key} : {status}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="282"/>
        <source>Reject case</source>
        <translation>Rejeter le cas</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="282"/>
        <source>What must the enumerator fix?</source>
        <translation>Que doit corriger l&apos;enquêteur ?</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="300"/>
        <source>Justify warning</source>
        <translation>Justifier l&apos;avertissement</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="300"/>
        <source>Why is this answer right?</source>
        <translation>Pourquoi cette réponse est-elle correcte ?</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../surveytool/ui/form_view.py" line="253"/>
        <source>The case cannot be marked complete</source>
        <translation>Le cas ne peut pas être marqué comme complet</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/form_view.py" line="269"/>
        <source>{count} problem(s) must be solved first:</source>
        <translation>{count} problème(s) à résoudre d&apos;abord&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="44"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="45"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="46"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="47"/>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="48"/>
        <source>Relationship</source>
        <translation>Lien de parenté</translation>
    </message>
</context>
<context>
    <name>RosterWidget</name>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="96"/>
        <source>Add member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="98"/>
        <source>Open member</source>
        <translation>Ouvrir le membre</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="99"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="100"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="101"/>
        <source>Remove member</source>
        <translation>Supprimer le membre</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="114"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="115"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="116"/>
        <source>Complete</source>
        <translation>Complet</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="117"/>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="118"/>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
</context>
</TS>
