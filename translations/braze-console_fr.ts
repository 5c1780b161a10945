<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActionPanel</name>
    <message>
        <source>&amp;Change:</source>
        <translation>&amp;Modification&#xa0;:</translation>
    </message>
</context>
<context>
    <name>AliasEditor</name>
    <message>
        <source>e.g. crm-4711 (case-sensitive)</source>
        <translation>p. ex. crm-4711 (sensible à la casse)</translation>
    </message>
    <message>
        <source>e.g. crm_id; one alias per label</source>
        <translation>p. ex. crm_id&#xa0;; un alias par libellé</translation>
    </message>
    <message>
        <source>Alias name:</source>
        <translation>Nom de l&apos;alias&#xa0;:</translation>
    </message>
    <message>
        <source>Alias label:</source>
        <translation>Libellé de l&apos;alias&#xa0;:</translation>
    </message>
    <message>
        <source>The profile already has an alias with the label “%1”; Braze keeps one alias per label.</source>
        <translation>Le profil a déjà un alias avec le libellé «&#xa0;%1&#xa0;»&#xa0;; Braze n&apos;en conserve qu&apos;un par libellé.</translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation>Ajouter l&apos;alias</translation>
    </message>
</context>
<context>
    <name>AtomicFileWriter</name>
    <message>
        <source>Could not save %1: %2. The previous version of the file was kept.</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2. La version précédente du fichier a été conservée.</translation>
    </message>
    <message>
        <source>the folder %1 could not be created</source>
        <translation>le dossier %1 n&apos;a pas pu être créé</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n&apos;existe pas</translation>
    </message>
</context>
<context>
    <name>AttributeEditor</name>
    <message>
        <source>Clear: remove the attribute from the profile</source>
        <translation>Effacer&#xa0;: retirer l&apos;attribut du profil</translation>
    </message>
    <message>
        <source>e.g. loyalty_points or first_name</source>
        <translation>p. ex. loyalty_points ou first_name</translation>
    </message>
    <message>
        <source>Attribute:</source>
        <translation>Attribut&#xa0;:</translation>
    </message>
    <message>
        <source>New value:</source>
        <translation>Nouvelle valeur&#xa0;:</translation>
    </message>
    <message>
        <source>“%1” is an identifier; use the Alias or Identify tab to change it.</source>
        <translation>«&#xa0;%1&#xa0;» est un identifiant&#xa0;: pour le modifier, utilisez l&apos;onglet Alias ou Identifier.</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
</context>
<context>
    <name>AttributeTypes</name>
    <message>
        <source>This is not a valid list. Write [&quot;a&quot;, &quot;b&quot;] or a, b.</source>
        <translation>Cette liste n&apos;est pas valide. Écrivez [&quot;a&quot;, &quot;b&quot;] ou a, b.</translation>
    </message>
    <message>
        <source>Braze arrays hold text only: put every item in quotes.</source>
        <translation>Les tableaux Braze ne contiennent que du texte&#xa0;: mettez chaque élément entre guillemets.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation>Oui/non</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>List of texts</source>
        <translation>Liste de textes</translation>
    </message>
    <message>
        <source>Nested object</source>
        <translation>Objet imbriqué</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Vide</translation>
    </message>
    <message>
        <source>“%1” is not a number. Write digits with a dot for decimals, e.g. 42 or 3.5.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre. Écrivez des chiffres, avec un point pour les décimales, p. ex. 42 ou 3.5.</translation>
    </message>
    <message>
        <source>Write true or false.</source>
        <translation>Écrivez true ou false.</translation>
    </message>
    <message numerus="yes">
        <source>Braze keeps at most 255 characters of a text attribute; this one has %n.</source>
        <translation>
            <numerusform>Braze conserve au plus 255 caractères d&apos;un attribut texte&#xa0;; celui-ci en compte %n.</numerusform>
            <numerusform>Braze conserve au plus 255 caractères d&apos;un attribut texte&#xa0;; celui-ci en compte %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AudienceDialog</name>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Preview audience</source>
        <translation>Prévisualiser l&apos;audience</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Compare the two selected users</source>
        <translation>Comparer les deux utilisateurs sélectionnés</translation>
    </message>
    <message>
        <source>Preview for an audience</source>
        <translation>Aperçu pour une audience</translation>
    </message>
    <message>
        <source>The sandbox&apos;s users</source>
        <translation>Les utilisateurs du sandbox</translation>
    </message>
    <message>
        <source>Saved test users</source>
        <translation>Utilisateurs de test enregistrés</translation>
    </message>
    <message>
        <source>A users file (JSON lines, one exported user per line)</source>
        <translation>Un fichier d&apos;utilisateurs (JSON Lines, un utilisateur exporté par ligne)</translation>
    </message>
    <message>
        <source>Users by external ID (one per line)</source>
        <translation>Utilisateurs par ID externe (un par ligne)</translation>
    </message>
    <message>
        <source>users.jsonl</source>
        <translation>utilisateurs.jsonl</translation>
    </message>
    <message>
        <source>user_0001
user_0002</source>
        <translation>user_0001
user_0002</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>Utilisateurs&#xa0;:</translation>
    </message>
    <message>
        <source>Users file</source>
        <translation>Fichier d&apos;utilisateurs</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl *.ndjson *.json);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.ndjson *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose a users file first.</source>
        <translation>Choisissez d&apos;abord un fichier d&apos;utilisateurs.</translation>
    </message>
    <message>
        <source>Enter at least one external ID, one per line.</source>
        <translation>Saisissez au moins un ID externe, un par ligne.</translation>
    </message>
    <message>
        <source>This workspace has no saved test users yet; save some on the Test users page.</source>
        <translation>Cet espace de travail n&apos;a pas encore d&apos;utilisateurs de test enregistrés&#xa0;; enregistrez-en sur la page Utilisateurs de test.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s users are only available in the Sandbox workspace.</source>
        <translation>Les utilisateurs du sandbox ne sont disponibles que dans l&apos;espace de travail Sandbox.</translation>
    </message>
    <message>
        <source>Listing the sandbox&apos;s users…</source>
        <translation>Liste des utilisateurs du sandbox…</translation>
    </message>
    <message>
        <source>The sandbox has no users to preview; reset it to the demo data.</source>
        <translation>Le sandbox n&apos;a aucun utilisateur à prévisualiser&#xa0;; réinitialisez-le avec les données de démonstration.</translation>
    </message>
    <message>
        <source>Choose a workspace first.</source>
        <translation>Choisissez d&apos;abord un espace de travail.</translation>
    </message>
    <message numerus="yes">
        <source>Fetching %n user(s) from the workspace, 50 at a time…</source>
        <translation>
            <numerusform>Récupération de %n utilisateur depuis l&apos;espace de travail, 50 à la fois…</numerusform>
            <numerusform>Récupération de %n utilisateurs depuis l&apos;espace de travail, 50 à la fois…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) rendered so far…</source>
        <translation>
            <numerusform>%n utilisateur rendu jusqu&apos;ici…</numerusform>
            <numerusform>%n utilisateurs rendus jusqu&apos;ici…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n de plus</numerusform>
            <numerusform>… et %n de plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n user(s).</source>
        <translation>
            <numerusform>Annulé après %n utilisateur.</numerusform>
            <numerusform>Annulé après %n utilisateurs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) previewed.</source>
        <translation>
            <numerusform>%n utilisateur prévisualisé.</numerusform>
            <numerusform>%n utilisateurs prévisualisés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Would be sent</source>
        <translation>Seraient envoyés</translation>
    </message>
    <message>
        <source>Aborted (abort_message)</source>
        <translation>Interrompus (abort_message)</translation>
    </message>
    <message>
        <source>Broken (Braze would refuse or fail the request)</source>
        <translation>Défectueux (Braze refuserait la requête ou elle échouerait)</translation>
    </message>
    <message>
        <source>Lines or users that could not be read</source>
        <translation>Lignes ou utilisateurs illisibles</translation>
    </message>
    <message>
        <source>Users without a value the template uses</source>
        <translation>Utilisateurs sans une valeur utilisée par le modèle</translation>
    </message>
    <message>
        <source>No value for %1</source>
        <translation>Aucune valeur pour %1</translation>
    </message>
    <message>
        <source>Liquid outputs</source>
        <translation>Sorties Liquid</translation>
    </message>
    <message>
        <source>Rendered empty</source>
        <translation>Rendu vide</translation>
    </message>
    <message>
        <source>Fell back to its default</source>
        <translation>Valeur par défaut utilisée</translation>
    </message>
    <message>
        <source>Most common values</source>
        <translation>Valeurs les plus fréquentes</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>(other values, not counted one by one)</source>
        <translation>(autres valeurs, non comptées une par une)</translation>
    </message>
    <message>
        <source>Body size: largest %1 bytes (%2), average %3 bytes</source>
        <translation>Taille du corps de la requête&#xa0;: au plus %1 octets (%2), en moyenne %3 octets</translation>
    </message>
    <message>
        <source>No body is over Braze&apos;s 4 MB limit.</source>
        <translation>Aucun corps de requête ne dépasse la limite de 4 Mo de Braze.</translation>
    </message>
</context>
<context>
    <name>BodyCheck</name>
    <message>
        <source>A GET call sends no body; put the parameters in the query parameters.</source>
        <translation>Un appel GET n’envoie pas de corps&#xa0;; indiquez les valeurs dans les paramètres de requête.</translation>
    </message>
    <message>
        <source>Braze expects a JSON object here, in { }.</source>
        <translation>Braze attend ici un objet JSON, entre { }.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>BoundedFileReader</name>
    <message>
        <source>standard input</source>
        <translation>l&apos;entrée standard</translation>
    </message>
    <message>
        <source>%1 is larger than %2, the most the console reads from one file.</source>
        <translation>%1 dépasse %2, la taille maximale que la console lit dans un fichier.</translation>
    </message>
    <message>
        <source>Could not open %1: %2.</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>Braze</name>
    <message>
        <source>The server “%1” could not be found.</source>
        <translation>Le serveur «&#xa0;%1&#xa0;» est introuvable.</translation>
    </message>
    <message>
        <source>Check the REST endpoint for typing mistakes (it looks like https://rest.iad-01.braze.com) and your internet connection.</source>
        <translation>Vérifiez que l&apos;endpoint REST ne comporte pas de faute de frappe (il ressemble à https://rest.iad-01.braze.com), ainsi que votre connexion Internet.</translation>
    </message>
    <message>
        <source>“%1” refused the connection.</source>
        <translation>«&#xa0;%1&#xa0;» a refusé la connexion.</translation>
    </message>
    <message>
        <source>Nothing answers at this address and port. Check the endpoint; for the sandbox, make sure it is running.</source>
        <translation>Rien ne répond à cette adresse et sur ce port. Vérifiez l&apos;endpoint&#xa0;; pour le bac à sable, assurez-vous qu&apos;il est démarré.</translation>
    </message>
    <message>
        <source>The secure connection to “%1” failed.</source>
        <translation>La connexion sécurisée à «&#xa0;%1&#xa0;» a échoué.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, and the console never ignores that. Check the address, your computer&apos;s clock, and whether a proxy intercepts HTTPS.</source>
        <translation>Le certificat du serveur n&apos;est pas reconnu comme fiable, et la console n&apos;ignore jamais ce problème. Vérifiez l&apos;adresse, l&apos;horloge de votre ordinateur et si un proxy intercepte le trafic HTTPS.</translation>
    </message>
    <message>
        <source>“%1” did not answer in time.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Check your connection and try again. If Braze is slow, raise the timeout in the settings.</source>
        <translation>Vérifiez votre connexion et réessayez. Si Braze est lent, augmentez le délai d&apos;attente dans les paramètres.</translation>
    </message>
    <message>
        <source>The connection closed before the whole answer arrived.</source>
        <translation>La connexion a été fermée avant la réception complète de la réponse.</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, a proxy or firewall may be cutting the connection. A write may or may not have reached Braze; check before repeating it.</source>
        <translation>Réessayez. Si le problème persiste, un proxy ou un pare-feu coupe peut-être la connexion. Une écriture a pu parvenir ou non à Braze&#xa0;: vérifiez avant de la renvoyer.</translation>
    </message>
    <message>
        <source>The proxy server failed.</source>
        <translation>Le serveur proxy a échoué.</translation>
    </message>
    <message>
        <source>The console uses your system&apos;s proxy settings. Check them, or ask your IT team whether the proxy allows %1.</source>
        <translation>La console utilise les paramètres de proxy de votre système. Vérifiez-les ou demandez à votre service informatique si le proxy autorise %1.</translation>
    </message>
    <message>
        <source>The network failed: %1</source>
        <translation>Erreur réseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Check your internet connection and proxy settings, then try again.</source>
        <translation>Vérifiez votre connexion Internet et vos paramètres de proxy, puis réessayez.</translation>
    </message>
    <message>
        <source>Braze refused the API key (401 Unauthorized).</source>
        <translation>Braze a refusé la clé d&apos;API (401 Unauthorized).</translation>
    </message>
    <message>
        <source>The API key is wrong, revoked or for another instance. Check that the REST endpoint matches your dashboard (dashboard-01 → rest.iad-01.braze.com) and that the key is pasted without quotes or spaces.</source>
        <translation>La clé d&apos;API est erronée, révoquée ou destinée à une autre instance. Vérifiez que l&apos;endpoint REST correspond à votre tableau de bord (dashboard-01 → rest.iad-01.braze.com) et que la clé est collée sans guillemets ni espaces.</translation>
    </message>
    <message>
        <source>The key lacks the permission for this call, or your Braze plan does not include it.</source>
        <translation>La clé n&apos;a pas l&apos;autorisation nécessaire pour cet appel, ou votre offre Braze ne l&apos;inclut pas.</translation>
    </message>
    <message>
        <source>This key lacks the permission %1: add it in Braze under Settings › APIs and Identifiers › API Keys. A key&apos;s permissions cannot be edited, so create a new key with all the permissions you need and replace this one.</source>
        <translation>Il manque à cette clé l&apos;autorisation %1&#xa0;: ajoutez-la dans Braze sous Paramètres › API et identifiants › Clés d&apos;API. Les autorisations d&apos;une clé ne sont pas modifiables&#xa0;: créez une nouvelle clé avec toutes les autorisations nécessaires et remplacez celle-ci.</translation>
    </message>
    <message>
        <source>The API key may not call %1 (403 Access Denied).</source>
        <translation>La clé d&apos;API n&apos;a pas le droit d&apos;appeler %1 (403 Access Denied).</translation>
    </message>
    <message>
        <source>Braze rejected the request: %1</source>
        <translation>Braze a rejeté la requête&#xa0;: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucun motif indiqué</translation>
    </message>
    <message>
        <source>Correct the request as Braze says and send it again; nothing was changed in Braze.</source>
        <translation>Corrigez la requête selon les indications de Braze et renvoyez-la&#xa0;; rien n&apos;a été modifié dans Braze.</translation>
    </message>
    <message>
        <source>Braze does not know the address %1 (404).</source>
        <translation>Braze ne connaît pas l&apos;adresse %1 (404).</translation>
    </message>
    <message>
        <source>Check the REST endpoint: it is only the host (e.g. https://rest.iad-01.braze.com), without a path.</source>
        <translation>Vérifiez l&apos;endpoint REST&#xa0;: il ne comprend que l&apos;hôte (p. ex. https://rest.iad-01.braze.com), sans chemin.</translation>
    </message>
    <message>
        <source>The request is larger than Braze accepts (413).</source>
        <translation>La requête dépasse la taille acceptée par Braze (413).</translation>
    </message>
    <message>
        <source>Send fewer objects per call; most endpoints accept up to 4 MB.</source>
        <translation>Envoyez moins d&apos;objets par appel&#xa0;; la plupart des endpoints acceptent jusqu&apos;à 4 Mo.</translation>
    </message>
    <message>
        <source>Braze&apos;s rate limit for this call is used up (429).</source>
        <translation>La limite de débit de Braze pour cet appel est atteinte (429).</translation>
    </message>
    <message>
        <source>The console waited and retried as far as allowed. Wait until the limit resets (see the request log) or spread the calls over more time.</source>
        <translation>La console a attendu et réessayé autant que possible. Attendez la réinitialisation de la limite (voir le journal des requêtes) ou étalez davantage les appels dans le temps.</translation>
    </message>
    <message>
        <source>Braze had a server error (%1).</source>
        <translation>Braze a rencontré une erreur serveur (%1).</translation>
    </message>
    <message>
        <source>This is on Braze&apos;s side. Try again in a few minutes; Braze does not replay failed calls, so check afterwards whether the data arrived.</source>
        <translation>Le problème vient de Braze. Réessayez dans quelques minutes&#xa0;; Braze ne rejoue pas les appels échoués, vérifiez donc ensuite si les données sont arrivées.</translation>
    </message>
    <message>
        <source>The server answered with status %1.</source>
        <translation>Le serveur a répondu avec le statut %1.</translation>
    </message>
    <message>
        <source>Check the request and the endpoint; the answer is shown in the request log.</source>
        <translation>Vérifiez la requête et l&apos;endpoint&#xa0;; la réponse figure dans le journal des requêtes.</translation>
    </message>
    <message>
        <source>“%1” did not answer within %2 s.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas répondu dans les %2 s.</translation>
    </message>
    <message>
        <source>The call was cancelled.</source>
        <translation>L&apos;appel a été annulé.</translation>
    </message>
    <message>
        <source>The answer is larger than %1 MB and was not read.</source>
        <translation>La réponse dépasse %1 Mo et n&apos;a pas été lue.</translation>
    </message>
    <message>
        <source>Ask for less data, e.g. fewer fields_to_export, fewer users or a shorter period.</source>
        <translation>Demandez moins de données, p. ex. moins de fields_to_export, moins d&apos;utilisateurs ou une période plus courte.</translation>
    </message>
    <message>
        <source>The answer is not valid JSON, so it did not come from Braze&apos;s REST API.</source>
        <translation>La réponse n&apos;est pas du JSON valide&#xa0;: elle ne provient donc pas de l&apos;API REST de Braze.</translation>
    </message>
    <message>
        <source>Check that the endpoint is the REST endpoint (rest.….braze.com or .eu), not the dashboard or SDK address.</source>
        <translation>Vérifiez qu&apos;il s&apos;agit bien de l&apos;endpoint REST (rest.….braze.com ou .eu), et non de l&apos;adresse du tableau de bord ou du SDK.</translation>
    </message>
    <message>
        <source>“%1” closed the connection before a secure (https) connection was set up.</source>
        <translation>«&#xa0;%1&#xa0;» a fermé la connexion avant qu&apos;une connexion sécurisée (https) soit établie.</translation>
    </message>
    <message>
        <source>The server does not seem to speak HTTPS on this port. Check the endpoint: Braze&apos;s start with https://rest.; the console&apos;s sandbox uses http://127.0.0.1 with its port.</source>
        <translation>Le serveur ne semble pas parler HTTPS sur ce port. Vérifiez l&apos;endpoint&#xa0;: ceux de Braze commencent par https://rest..&#xa0;; le bac à sable de la console utilise http://127.0.0.1 avec son port.</translation>
    </message>
    <message>
        <source>The connection closed after the request was sent, before any answer.</source>
        <translation>La connexion a été fermée après l&apos;envoi de la requête, avant toute réponse.</translation>
    </message>
    <message>
        <source>The request was not sent again, so it cannot have been applied twice, but Braze may or may not have applied it once. Check the result (for example, look the user up) before you send it again.</source>
        <translation>La requête n&apos;a pas été renvoyée, elle ne peut donc pas avoir été appliquée deux fois, mais Braze l&apos;a peut-être appliquée une fois. Vérifiez le résultat (par exemple en recherchant l&apos;utilisateur) avant de la renvoyer.</translation>
    </message>
</context>
<context>
    <name>Braze::BrazeClient</name>
    <message>
        <source>The request was not sent: %1</source>
        <translation>La requête n&apos;a pas été envoyée&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The request was not sent: %n problem(s) to correct.</source>
        <translation>
            <numerusform>La requête n&apos;a pas été envoyée&#xa0;: %n problème à corriger.</numerusform>
            <numerusform>La requête n&apos;a pas été envoyée&#xa0;: %n problèmes à corriger.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the fields named and try again; nothing was sent to Braze.</source>
        <translation>Corrigez les champs indiqués et réessayez&#xa0;; rien n&apos;a été envoyé à Braze.</translation>
    </message>
    <message>
        <source>“%1” is not a method the console sends; use GET, POST, PUT, PATCH or DELETE.</source>
        <translation>La console n&apos;envoie pas de requêtes «&#xa0;%1&#xa0;»&#xa0;; utilisez GET, POST, PUT, PATCH ou DELETE.</translation>
    </message>
    <message>
        <source>The path must start with “/”, e.g. /users/track; the endpoint is set separately.</source>
        <translation>Le chemin doit commencer par «&#xa0;/&#xa0;», p. ex. /users/track&#xa0;; l&apos;endpoint se définit séparément.</translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1 at character %2.</source>
        <translation>Le corps n&apos;est pas du JSON valide&#xa0;: %1 au caractère %2.</translation>
    </message>
    <message>
        <source>A GET call sends no body; put the parameters in the query string.</source>
        <translation>Un appel GET n&apos;envoie pas de corps&#xa0;; placez les paramètres dans la chaîne de requête.</translation>
    </message>
    <message>
        <source>“%1” is not a web address; it must start with https:// and name a host.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse web&#xa0;: elle doit commencer par https:// et indiquer un hôte.</translation>
    </message>
</context>
<context>
    <name>Braze::ExchangeDiff</name>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>request: </source>
        <translation>requête&#xa0;: </translation>
    </message>
    <message>
        <source>response: </source>
        <translation>réponse&#xa0;: </translation>
    </message>
</context>
<context>
    <name>Braze::NetworkWorker</name>
    <message>
        <source>The API key contains a line break or another control character, so it was not sent. Copy the key again from Braze.</source>
        <translation>La clé d&apos;API contient un saut de ligne ou un autre caractère de contrôle&#xa0;: elle n&apos;a donc pas été envoyée. Copiez de nouveau la clé depuis Braze.</translation>
    </message>
    <message>
        <source>The header “%1” contains a line break or another control character, so the request was not sent.</source>
        <translation>L&apos;en-tête «&#xa0;%1&#xa0;» contient un saut de ligne ou un autre caractère de contrôle&#xa0;: la requête n&apos;a donc pas été envoyée.</translation>
    </message>
</context>
<context>
    <name>Braze::PermissionProbe</name>
    <message>
        <source>Checked with an empty request that Braze refuses before changing anything.</source>
        <translation>Vérifiée avec une requête vide, que Braze refuse avant toute modification.</translation>
    </message>
    <message>
        <source>Checked with a read-only call.</source>
        <translation>Vérifiée avec un appel en lecture seule.</translation>
    </message>
    <message>
        <source>Checked by exporting an external ID that no profile has.</source>
        <translation>Vérifiée en exportant un ID externe qu&apos;aucun profil ne possède.</translation>
    </message>
    <message>
        <source>Not checked: /sends/id/create allows only 100 calls a day, and a check would use one. Create a send ID once to find out.</source>
        <translation>Non vérifiée&#xa0;: /sends/id/create n&apos;autorise que 100 appels par jour, et une vérification en consommerait un. Créez une fois un ID d&apos;envoi pour le savoir.</translation>
    </message>
    <message>
        <source>Could not tell: %1</source>
        <translation>Impossible de déterminer&#xa0;: %1</translation>
    </message>
    <message>
        <source>unexpected answer %1</source>
        <translation>réponse inattendue %1</translation>
    </message>
    <message>
        <source>Checked on a catalog that does not exist.</source>
        <translation>Vérifié sur un catalogue qui n’existe pas.</translation>
    </message>
    <message>
        <source>Checked by sending to a campaign ID that does not exist.</source>
        <translation>Vérifié par un envoi à un ID de campagne qui n’existe pas.</translation>
    </message>
    <message>
        <source>Not checked: every harmless-looking call could start an export of the whole global control group. Export it once to find out.</source>
        <translation>Non vérifié&#xa0;: tout appel en apparence inoffensif pourrait lancer un export de tout le groupe de contrôle global. Exportez-le une fois pour le savoir.</translation>
    </message>
</context>
<context>
    <name>Braze::PermissionTableModel</name>
    <message>
        <source>Not checked yet.</source>
        <translation>Pas encore vérifiée.</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>accordée</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquante</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>(no seed partner)</source>
        <translation>(aucun partenaire de référence)</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Requise par</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Vérifiée le</translation>
    </message>
</context>
<context>
    <name>Braze::RequestLogFile</name>
    <message>
        <source>The request log of earlier runs (%1) could not be read or moved aside; the log starts empty and is not kept in this run.</source>
        <translation>Le journal des requêtes des lancements précédents (%1) n&apos;a pu être ni lu ni mis de côté&#xa0;; le journal démarre vide et n&apos;est pas conservé pendant cette session.</translation>
    </message>
    <message>
        <source>The request log of earlier runs could not be read. It was kept as %1; the log starts empty.</source>
        <translation>Le journal des requêtes des lancements précédents n&apos;a pas pu être lu. Il a été conservé sous %1&#xa0;; le journal démarre vide.</translation>
    </message>
    <message>
        <source>The request log cannot be kept: %1.</source>
        <translation>Le journal des requêtes ne peut pas être conservé&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>Braze::RequestLogModel</name>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>%1 (attempt %2)</source>
        <translation>%1 (tentative %2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Limite de débit</translation>
    </message>
    <message>
        <source>%L1 ms</source>
        <translation>%L1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 left</source>
        <translation>
            <numerusform>%n restant sur %1</numerusform>
            <numerusform>%n restants sur %1</numerusform>
        </translation>
    </message>
    <message>
        <source>At start-up the console asks Braze once per permission whether the API key has it. A refusal (400, 401, 403) is the expected answer for a permission the key lacks: nothing was changed in the workspace.</source>
        <translation>Au démarrage, la console demande à Braze, pour chaque autorisation, si la clé d&apos;API la possède. Un refus (400, 401, 403) est la réponse attendue pour une autorisation manquante&#xa0;: rien n&apos;a été modifié dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
</context>
<context>
    <name>Braze::RequestOrigin</name>
    <message>
        <source>%1, step %2: %3</source>
        <translation>%1, étape %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Permission check (harmless)</source>
        <translation>Vérification des autorisations (sans effet)</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Workflow: %1</source>
        <translation>Workflow&#xa0;: %1</translation>
    </message>
    <message>
        <source>Test users</source>
        <translation>Utilisateurs test</translation>
    </message>
    <message>
        <source>Webhook test</source>
        <translation>Test de webhook</translation>
    </message>
    <message>
        <source>Request composer</source>
        <translation>Éditeur de requêtes</translation>
    </message>
    <message>
        <source>Sent again</source>
        <translation>Renvoyée</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Ligne de commande</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Console</translation>
    </message>
</context>
<context>
    <name>Braze::SubscriptionStateText</name>
    <message>
        <source>subscribed</source>
        <translation>abonné</translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <translation>désabonné</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>Braze::UserIdentifier</name>
    <message>
        <source>external ID %1</source>
        <translation>ID externe %1</translation>
    </message>
    <message>
        <source>Braze ID %1</source>
        <translation>ID Braze %1</translation>
    </message>
    <message>
        <source>user alias %1 (label %2)</source>
        <translation>alias utilisateur %1 (étiquette %2)</translation>
    </message>
    <message>
        <source>e-mail address %1</source>
        <translation>adresse e-mail %1</translation>
    </message>
    <message>
        <source>phone number %1</source>
        <translation>numéro de téléphone %1</translation>
    </message>
</context>
<context>
    <name>BrazeEndpointOption</name>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (default: 30).</source>
        <translation>Délai d&apos;attente de chaque réponse, en secondes (par défaut&#xa0;: 30).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <source>Set the API key in the environment variable BRAZE_API_KEY (it is never taken from the command line).</source>
        <translation>Définissez la clé d&apos;API dans la variable d&apos;environnement BRAZE_API_KEY (elle n&apos;est jamais lue depuis la ligne de commande).</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds between 1 and 600.</source>
        <translation>--timeout attend un nombre de secondes compris entre 1 et 600.</translation>
    </message>
    <message>
        <source>Use an endpoint that is not one of Braze&apos;s REST hosts (a proxy, for example).</source>
        <translation>Utiliser un endpoint qui n&apos;est pas l&apos;un des hôtes REST de Braze (un proxy, par exemple).</translation>
    </message>
    <message>
        <source>%1 is not one of Braze&apos;s REST endpoints. Add --allow-custom-host to use it anyway.</source>
        <translation>%1 n&apos;est pas l&apos;un des endpoints REST de Braze. Ajoutez --allow-custom-host pour l&apos;utiliser quand même.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was sent.</source>
        <translation>%1&#xa0;: %2 Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation>Le bac à sable intégré n’a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Workspace “%1”</source>
        <translation>Espace de travail «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The keychain holds no API key for the workspace “%1”: enter it on the Workspaces page, or set it in the environment variable BRAZE_API_KEY.</source>
        <translation>Le trousseau ne contient aucune clé d’API pour l’espace de travail «&#xa0;%1&#xa0;»&#xa0;: saisissez-la sur la page Espaces de travail, ou définissez-la dans la variable d’environnement BRAZE_API_KEY.</translation>
    </message>
    <message>
        <source>REST endpoint, e.g. https://rest.iad-01.braze.com or the sandbox&apos;s URL (default: the workspace&apos;s).</source>
        <translation>Endpoint REST, p. ex. https://rest.iad-01.braze.com ou l’URL du bac à sable (par défaut&#xa0;: celui de l’espace de travail).</translation>
    </message>
    <message>
        <source>A saved workspace, by name or id (default: the active one, the built-in sandbox when none is set up).</source>
        <translation>Un espace de travail enregistré, par nom ou identifiant (par défaut&#xa0;: l’espace actif&#xa0;; le bac à sable intégré si aucun n’est configuré).</translation>
    </message>
    <message>
        <source>WORKSPACE</source>
        <translation>ESPACE</translation>
    </message>
</context>
<context>
    <name>CallCommand</name>
    <message>
        <source>Send one raw API call through the console&apos;s network layer</source>
        <translation>Envoyer un appel d&apos;API brut via la couche réseau de la console</translation>
    </message>
    <message>
        <source>Sends METHOD PATH (e.g. POST /users/track) to the endpoint with the key in BRAZE_API_KEY, validated and paced like the console&apos;s own calls. Prints the status, the rate-limit headers and the answer.</source>
        <translation>Envoie MÉTHODE CHEMIN (p. ex. POST /users/track) à l&apos;endpoint avec la clé de BRAZE_API_KEY, validé et cadencé comme les appels de la console. Affiche le statut, les en-têtes de limite de débit et la réponse.</translation>
    </message>
    <message>
        <source>JSON body from FILE, or - for standard input.</source>
        <translation>Corps JSON lu dans FICHIER, ou - pour l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>GET, POST, PUT, PATCH or DELETE</source>
        <translation>GET, POST, PUT, PATCH ou DELETE</translation>
    </message>
    <message>
        <source>Path with optional query, e.g. /segments/list?page=0</source>
        <translation>Chemin, avec chaîne de requête facultative, p. ex. /segments/list?page=0</translation>
    </message>
    <message>
        <source>waiting for the rate limit: %1 s</source>
        <translation>attente de la limite de débit&#xa0;: %1 s</translation>
    </message>
    <message>
        <source>retrying (attempt %1) in %2 ms</source>
        <translation>nouvel essai (tentative %1) dans %2 ms</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>The path must start with “/”, e.g. /segments/list.</source>
        <translation>Le chemin doit commencer par «&#xa0;/&#xa0;», par exemple /segments/list.</translation>
    </message>
    <message>
        <source>The path “%1” contains “.” or “..” segments; give the API path itself, e.g. /segments/list.</source>
        <translation>Le chemin «&#xa0;%1&#xa0;» contient des segments «&#xa0;.&#xa0;» ou «&#xa0;..&#xa0;»&#xa0;; indiquez le chemin de l&apos;API lui-même, par exemple /segments/list.</translation>
    </message>
    <message>
        <source>/_sandbox paths belong to the console&apos;s sandbox; %1 is not a sandbox.</source>
        <translation>Les chemins /_sandbox appartiennent au bac à sable de la console&#xa0;; %1 n&apos;est pas un bac à sable.</translation>
    </message>
    <message>
        <source>%1 %2 is not a documented endpoint; braze-cli endpoints lists them.</source>
        <translation>%1 %2 n’est pas un endpoint documenté&#xa0;; braze-cli endpoints les liste.</translation>
    </message>
    <message>
        <source>Braze documents no example for %1 %2.</source>
        <translation>Braze ne documente aucun exemple pour %1 %2.</translation>
    </message>
    <message>
        <source>Print Braze&apos;s documented example for METHOD PATH and send nothing: the JSON body, or for a GET the path with its example query. Edit it and send it with --json (braze-cli endpoints marks the endpoints that have one).</source>
        <translation>Afficher l’exemple documenté par Braze pour MÉTHODE CHEMIN sans rien envoyer&#xa0;: le corps JSON, ou pour un GET le chemin avec sa requête d’exemple. Modifiez-le et envoyez-le avec --json (braze-cli endpoints indique les endpoints qui en ont un).</translation>
    </message>
    <message>
        <source>Give a method and a path, e.g. braze-cli call GET /segments/list</source>
        <translation>Indiquez une méthode et un chemin, p. ex. braze-cli call GET /segments/list</translation>
    </message>
</context>
<context>
    <name>CliWorkspaces</name>
    <message>
        <source>There is no workspace “%1”; braze-cli workspace list shows them.</source>
        <translation>Il n’y a pas d’espace de travail «&#xa0;%1&#xa0;»&#xa0;; braze-cli workspace list les affiche.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Render the edited user</source>
        <translation>Effectuer le rendu de l&apos;utilisateur modifié</translation>
    </message>
    <message>
        <source>Compare two requests</source>
        <translation>Comparer deux requêtes</translation>
    </message>
    <message>
        <source>Change the right user&apos;s attributes here to see how the request changes.</source>
        <translation>Modifiez ici les attributs de l&apos;utilisateur de droite pour voir comment la requête change.</translation>
    </message>
    <message>
        <source>Right user (editable):</source>
        <translation>Utilisateur de droite (modifiable)&#xa0;:</translation>
    </message>
    <message>
        <source>Left: %1</source>
        <translation>À gauche&#xa0;: %1</translation>
    </message>
    <message>
        <source>Right: %1</source>
        <translation>À droite&#xa0;: %1</translation>
    </message>
    <message>
        <source>The right user is not a JSON object: %1 (character %2).</source>
        <translation>L&apos;utilisateur de droite n&apos;est pas un objet JSON&#xa0;: %1 (caractère %2).</translation>
    </message>
    <message>
        <source>The right user cannot be used: %1</source>
        <translation>L&apos;utilisateur de droite ne peut pas être utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Right: %1 (edited)</source>
        <translation>À droite&#xa0;: %1 (modifié)</translation>
    </message>
    <message>
        <source>The two requests are identical.</source>
        <translation>Les deux requêtes sont identiques.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) differ; they are marked on both sides.</source>
        <translation>
            <numerusform>%n ligne diffère&#xa0;; elle est marquée des deux côtés.</numerusform>
            <numerusform>%n lignes diffèrent&#xa0;; elles sont marquées des deux côtés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComposerPage</name>
    <message>
        <source>Braze documents no example for this endpoint; the body is empty.</source>
        <translation>Braze ne documente aucun exemple pour cet endpoint&#xa0;; le corps est vide.</translation>
    </message>
    <message>
        <source>Braze&apos;s documented example is filled in. Ctrl+Z in the body brings back what was there.</source>
        <translation>L’exemple documenté par Braze est rempli. Ctrl+Z dans le corps rétablit le contenu précédent.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Path, e.g. /users/track</source>
        <translation>Chemin, p.&#xa0;ex. /users/track</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Sends the request to the active workspace (Ctrl+Return).</source>
        <translation>Envoie la requête à l’espace de travail actif (Ctrl+Entrée).</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Corps de la requête</translation>
    </message>
    <message>
        <source>JSON body, e.g. {&quot;attributes&quot;: [ … ]}</source>
        <translation>Corps JSON, p.&#xa0;ex. {&quot;attributes&quot;: [ … ]}</translation>
    </message>
    <message>
        <source>Problems in the body</source>
        <translation>Problèmes dans le corps</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Query parameters</source>
        <translation>Paramètres de requête</translation>
    </message>
    <message>
        <source>The request from the log is filled in; edit it and send it with Ctrl+Return.</source>
        <translation>La requête du journal est remplie&#xa0;; modifiez-la et envoyez-la avec Ctrl+Entrée.</translation>
    </message>
    <message>
        <source>Send %1 %2 to “%3”?</source>
        <translation>Envoyer %1 %2 à «&#xa0;%3&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Envoyer quand même</translation>
    </message>
    <message>
        <source>Sending to “%1”…</source>
        <translation>Envoi à «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the rate limit: %n second(s) left. Cancel stops the call.</source>
        <translation>
            <numerusform>Attente de la limite de débit&#xa0;: encore %n seconde. «&#xa0;Annuler&#xa0;» arrête l’appel.</numerusform>
            <numerusform>Attente de la limite de débit&#xa0;: encore %n secondes. «&#xa0;Annuler&#xa0;» arrête l’appel.</numerusform>
        </translation>
    </message>
    <message>
        <source>No usable answer; attempt %1 follows in %2 ms.</source>
        <translation>Pas de réponse exploitable&#xa0;; la tentative %1 suit dans %2&#xa0;ms.</translation>
    </message>
    <message>
        <source>The exchange is in the Request log, with the origin “%1”.</source>
        <translation>L’échange figure dans le journal des requêtes, avec l’origine «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The request from the log is filled in, but the log left out a secret or the end of its body: put the real values in before you send it.</source>
        <translation>La requête du journal est remplie, mais le journal a omis un secret ou la fin de son corps&#xa0;: indiquez les vraies valeurs avant de l’envoyer.</translation>
    </message>
</context>
<context>
    <name>ComposerPlan</name>
    <message>
        <source>Replace %1 in the path with a real value.</source>
        <translation>Remplacez %1 dans le chemin par une vraie valeur.</translation>
    </message>
    <message>
        <source>%1 %2 is not in Braze&apos;s documented list: Braze may not know it (it would answer 404). It is sent anyway if you want.</source>
        <translation>%1 %2 ne figure pas dans la liste documentée de Braze&#xa0;: Braze ne le connaît peut-être pas (il répondrait 404). La requête est envoyée quand même si vous le souhaitez.</translation>
    </message>
    <message>
        <source>No workspace is connected. Choose one on the Workspaces page.</source>
        <translation>Aucun espace de travail n’est connecté. Choisissez-en un sur la page «&#xa0;Espaces de travail&#xa0;».</translation>
    </message>
    <message>
        <source>The body is not valid JSON; the mistake is marked in the editor.</source>
        <translation>Le corps n’est pas du JSON valide&#xa0;; l’erreur est signalée dans l’éditeur.</translation>
    </message>
    <message>
        <source>Pick an endpoint on the left, or type a path.</source>
        <translation>Choisissez un endpoint à gauche ou saisissez un chemin.</translation>
    </message>
    <message>
        <source>Braze documents no permission for this endpoint.</source>
        <translation>Braze ne documente aucune autorisation pour cet endpoint.</translation>
    </message>
    <message>
        <source>The permission this path needs is not known.</source>
        <translation>L’autorisation requise pour ce chemin n’est pas connue.</translation>
    </message>
    <message>
        <source>Needs the permission %1.</source>
        <translation>Requiert l’autorisation %1.</translation>
    </message>
    <message>
        <source>Needs the permission %1: the API key of “%2” has it.</source>
        <translation>Requiert l’autorisation %1&#xa0;: la clé d’API de «&#xa0;%2&#xa0;» l’a.</translation>
    </message>
    <message>
        <source>Needs the permission %1: the API key of “%2” lacks it, so Braze will refuse the call.</source>
        <translation>Requiert l’autorisation %1&#xa0;: la clé d’API de «&#xa0;%2&#xa0;» ne l’a pas, Braze refusera donc l’appel.</translation>
    </message>
    <message>
        <source>Needs the permission %1: the permission check could not tell whether the API key of “%2” has it.</source>
        <translation>Requiert l’autorisation %1&#xa0;: la vérification des autorisations n’a pas pu établir si la clé d’API de «&#xa0;%2&#xa0;» l’a.</translation>
    </message>
    <message>
        <source>The permission check found that the API key of “%1” lacks the permission %2: Braze will most likely refuse the request.</source>
        <translation>D’après la vérification des autorisations, la clé d’API de «&#xa0;%1&#xa0;» n’a pas l’autorisation %2&#xa0;: Braze refusera très probablement la requête.</translation>
    </message>
    <message numerus="yes">
        <source>The body has %n value(s) Braze will refuse; they are listed under the editor.</source>
        <translation>
            <numerusform>Le corps contient %n valeur que Braze refusera&#xa0;; elle est indiquée sous l’éditeur.</numerusform>
            <numerusform>Le corps contient %n valeurs que Braze refusera&#xa0;; elles sont indiquées sous l’éditeur.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComposerStore</name>
    <message>
        <source>The request composer&apos;s drafts and favourites (%1) could not be read or moved aside.</source>
        <translation>Le brouillon et les favoris de l’éditeur de requêtes (%1) n’ont pu être ni lus ni mis de côté.</translation>
    </message>
    <message>
        <source>The request composer&apos;s drafts and favourites could not be read. The file was kept as %1; the composer starts empty.</source>
        <translation>Le brouillon et les favoris de l’éditeur de requêtes n’ont pas pu être lus. Le fichier a été conservé sous %1&#xa0;; l’éditeur démarre vide.</translation>
    </message>
</context>
<context>
    <name>Config::AppSettings</name>
    <message>
        <source>The preferences could not be saved to %1. The disk may be full or the folder read-only.</source>
        <translation>Impossible d&apos;enregistrer les préférences dans %1. Le disque est peut-être plein ou le dossier en lecture seule.</translation>
    </message>
</context>
<context>
    <name>Config::SecretStore</name>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>Le trousseau du système n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain is not set up or did not let the console in, so keys are kept only while the console runs, never on disk: enter them again after a restart.</source>
        <translation>Le trousseau de cet ordinateur n’est pas configuré ou n’a pas laissé entrer la console&#xa0;: les clés ne sont conservées que pendant l’exécution de la console, jamais sur le disque. Saisissez-les à nouveau après un redémarrage.</translation>
    </message>
</context>
<context>
    <name>Config::WorkspaceExchange</name>
    <message>
        <source>This file is not valid JSON (%1 at byte %2).</source>
        <translation>Ce fichier n&apos;est pas du JSON valide (%1 à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>This file does not hold exported workspaces.</source>
        <translation>Ce fichier ne contient pas d&apos;espaces de travail exportés.</translation>
    </message>
    <message>
        <source>These workspaces were exported by a newer version of the console.</source>
        <translation>Ces espaces de travail ont été exportés par une version plus récente de la console.</translation>
    </message>
    <message>
        <source>The file holds no workspaces.</source>
        <translation>Le fichier ne contient aucun espace de travail.</translation>
    </message>
</context>
<context>
    <name>Config::WorkspaceFile</name>
    <message>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation>ce n&apos;est pas du JSON valide (%1 à l&apos;octet %2)</translation>
    </message>
    <message>
        <source>it does not hold workspace settings</source>
        <translation>il ne contient pas de paramètres d&apos;espaces de travail</translation>
    </message>
    <message>
        <source>it was written by a newer version of the console (schema %1)</source>
        <translation>il a été écrit par une version plus récente de la console (schéma %1)</translation>
    </message>
    <message>
        <source>it has no schema version</source>
        <translation>il n&apos;a pas de version de schéma</translation>
    </message>
    <message>
        <source>The workspace settings could not be read because %1, and could not be moved aside. They were left in place at %2.</source>
        <translation>Impossible de lire les paramètres des espaces de travail, car %1, et impossible de les mettre de côté. Ils ont été laissés en place dans %2.</translation>
    </message>
    <message>
        <source>The workspace settings could not be read because %1. The file was kept as %2; the console starts with the built-in sandbox.</source>
        <translation>Impossible de lire les paramètres des espaces de travail, car %1. Le fichier a été conservé sous %2&#xa0;; la console démarre avec le bac à sable intégré.</translation>
    </message>
    <message>
        <source>%1 The console starts with the built-in sandbox only and leaves the workspace settings untouched until the file can be read.</source>
        <translation>%1 La console démarre avec le seul bac à sable intégré et ne touche pas aux paramètres des espaces de travail tant que le fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <source>it is larger than %1</source>
        <translation>il dépasse %1</translation>
    </message>
    <message>
        <source>its list of workspaces is not a list</source>
        <translation>sa liste d&apos;espaces de travail n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>its active workspace is not a name</source>
        <translation>son espace de travail actif n&apos;est pas un nom</translation>
    </message>
    <message numerus="yes">
        <source>%n of its workspaces are not workspace settings</source>
        <translation>
            <numerusform>%n de ses espaces de travail n&apos;est pas un paramétrage d&apos;espace de travail</numerusform>
            <numerusform>%n de ses espaces de travail ne sont pas des paramétrages d&apos;espace de travail</numerusform>
        </translation>
    </message>
    <message>
        <source>The notes of %1 were longer than %2 characters and were shortened to that length. The complete file was kept as %3.</source>
        <translation>Les notes de %1 dépassaient %2 caractères et ont été raccourcies à cette longueur. Le fichier complet a été conservé sous %3.</translation>
    </message>
</context>
<context>
    <name>Config::WorkspaceReview</name>
    <message>
        <source>“%1”: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
</context>
<context>
    <name>Config::WorkspaceStore</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Changes to the workspaces are not saved, so that the unreadable file %1 is not overwritten. Move it away or fix it, then restart the console.</source>
        <translation>Les modifications des espaces de travail ne sont pas enregistrées, afin de ne pas écraser le fichier illisible %1. Déplacez-le ou corrigez-le, puis redémarrez la console.</translation>
    </message>
</context>
<context>
    <name>Config::WorkspaceValidator</name>
    <message>
        <source>Give the workspace a name.</source>
        <translation>Donnez un nom à l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Another workspace is already called “%1”.</source>
        <translation>Un autre espace de travail s&apos;appelle déjà «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Enter the REST endpoint, for example https://rest.iad-01.braze.com.</source>
        <translation>Saisissez l&apos;endpoint REST, par exemple https://rest.iad-01.braze.com.</translation>
    </message>
    <message>
        <source>This is not a web address. Copy the REST endpoint from Braze under Settings › APIs and Identifiers.</source>
        <translation>Ce n&apos;est pas une adresse web. Copiez l&apos;endpoint REST depuis Braze sous Paramètres › API et identifiants.</translation>
    </message>
    <message>
        <source>The endpoint must start with https://.</source>
        <translation>L&apos;endpoint doit commencer par https://.</translation>
    </message>
    <message>
        <source>Use https:// — the API key must never travel unencrypted. Plain http is only allowed to this computer (localhost).</source>
        <translation>Utilisez https://&#xa0;: la clé d&apos;API ne doit jamais circuler en clair. Le http simple n&apos;est autorisé que vers cet ordinateur (localhost).</translation>
    </message>
    <message>
        <source>Enter only the endpoint&apos;s address, without user name, “?” or “#” parts.</source>
        <translation>Saisissez uniquement l&apos;adresse de l&apos;endpoint, sans nom d&apos;utilisateur ni partie «&#xa0;?&#xa0;» ou «&#xa0;#&#xa0;».</translation>
    </message>
    <message>
        <source>Enter the endpoint without a path: https://%1</source>
        <translation>Saisissez l&apos;endpoint sans chemin&#xa0;: https://%1</translation>
    </message>
    <message>
        <source>This is a dashboard or SDK address, not the REST endpoint. REST endpoints start with “rest.”, for example https://rest.iad-01.braze.com.</source>
        <translation>Il s&apos;agit d&apos;une adresse de tableau de bord ou de SDK, pas de l&apos;endpoint REST. Les endpoints REST commencent par «&#xa0;rest.&#xa0;», par exemple https://rest.iad-01.braze.com.</translation>
    </message>
    <message>
        <source>%1 is not one of Braze&apos;s REST endpoints. Use it anyway (a proxy, for example)?</source>
        <translation>%1 ne fait pas partie des endpoints REST de Braze. L&apos;utiliser quand même (pour un proxy, par exemple)&#xa0;?</translation>
    </message>
    <message>
        <source>Paste the REST API key from Braze (Settings › APIs and Identifiers › API Keys).</source>
        <translation>Collez la clé d&apos;API REST issue de Braze (Paramètres › API et identifiants › Clés d&apos;API).</translation>
    </message>
    <message>
        <source>Paste the key alone, without “Bearer ”: the console adds it.</source>
        <translation>Collez la clé seule, sans «&#xa0;Bearer&#xa0;»&#xa0;: la console l&apos;ajoute elle-même.</translation>
    </message>
    <message>
        <source>The key contains a line break. Paste it again as a single line.</source>
        <translation>La clé contient un saut de ligne. Collez-la à nouveau sur une seule ligne.</translation>
    </message>
    <message>
        <source>The key contains a space. Paste it again without spaces.</source>
        <translation>La clé contient un espace. Collez-la à nouveau sans espaces.</translation>
    </message>
    <message>
        <source>Remove the quotation marks around the key: Braze refuses a quoted key.</source>
        <translation>Retirez les guillemets autour de la clé&#xa0;: Braze refuse une clé entre guillemets.</translation>
    </message>
    <message>
        <source>The key contains “%1”, which a Braze API key never does. Copy it again from Braze.</source>
        <translation>La clé contient «&#xa0;%1&#xa0;», ce qui n&apos;arrive jamais dans une clé d&apos;API Braze. Copiez-la à nouveau depuis Braze.</translation>
    </message>
    <message numerus="yes">
        <source>This key is only %n characters long; Braze API keys are longer. Copy the whole key.</source>
        <translation>
            <numerusform>Cette clé ne compte que %n caractère&#xa0;; les clés d&apos;API Braze sont plus longues. Copiez la clé entière.</numerusform>
            <numerusform>Cette clé ne compte que %n caractères&#xa0;; les clés d&apos;API Braze sont plus longues. Copiez la clé entière.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is too long for an API key. Copy only the key.</source>
        <translation>C&apos;est trop long pour une clé d&apos;API. Copiez uniquement la clé.</translation>
    </message>
    <message>
        <source>An App ID contains only letters, digits and hyphens. Copy it from Braze under Settings › App Settings.</source>
        <translation>Un App ID ne contient que des lettres, des chiffres et des traits d&apos;union. Copiez-le depuis Braze sous Paramètres › Paramètres de l&apos;application.</translation>
    </message>
    <message>
        <source>Notes can hold up to %1 characters; these have %2. Shorten them to save.</source>
        <translation>Les notes peuvent contenir jusqu&apos;à %1 caractères&#xa0;; celles-ci en ont %2. Raccourcissez-les pour enregistrer.</translation>
    </message>
</context>
<context>
    <name>ConnectedContentGate</name>
    <message>
        <source>not fetched: allow connected content calls to fetch it</source>
        <translation>non récupéré&#xa0;: autorisez les appels de contenu connecté pour le récupérer</translation>
    </message>
    <message>
        <source>“%1” is not a web address</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse web</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>pas de réponse dans les %1 ms</translation>
    </message>
    <message>
        <source>it leads to this computer (%1)</source>
        <translation>elle mène à cet ordinateur (%1)</translation>
    </message>
    <message>
        <source>it leads to a cloud metadata service (%1)</source>
        <translation>elle mène à un service de métadonnées cloud (%1)</translation>
    </message>
    <message>
        <source>it leads to a link-local address (%1)</source>
        <translation>elle mène à une adresse link-local (%1)</translation>
    </message>
    <message>
        <source>it leads to a private network address (%1)</source>
        <translation>elle mène à une adresse de réseau privé (%1)</translation>
    </message>
    <message>
        <source>%1 is not an address a server answers on</source>
        <translation>%1 n&apos;est pas une adresse sur laquelle un serveur répond</translation>
    </message>
    <message>
        <source>the server “%1” could not be found</source>
        <translation>le serveur «&#xa0;%1&#xa0;» est introuvable</translation>
    </message>
    <message>
        <source>not fetched: the console refuses to call “%1” because %2</source>
        <translation>non récupéré&#xa0;: la console refuse d&apos;appeler «&#xa0;%1&#xa0;», car %2</translation>
    </message>
    <message>
        <source>the answer is larger than 1 MB, Braze&apos;s limit, and was not used</source>
        <translation>la réponse dépasse 1 Mo, la limite de Braze, et n&apos;a pas été utilisée</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation>Le bac à sable intégré n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>The built-in sandbox is starting.</source>
        <translation>Le bac à sable intégré démarre.</translation>
    </message>
    <message>
        <source>Reading the API key of “%1” from the keychain…</source>
        <translation>Lecture de la clé d&apos;API de «&#xa0;%1&#xa0;» dans le trousseau…</translation>
    </message>
    <message>
        <source>Enter the REST API key of “%1” on the Workspaces page.</source>
        <translation>Saisissez la clé d&apos;API REST de «&#xa0;%1&#xa0;» sur la page Espaces de travail.</translation>
    </message>
</context>
<context>
    <name>ContentBlockMenu</name>
    <message>
        <source>No workspace is connected.</source>
        <translation>Aucun espace de travail n’est connecté.</translation>
    </message>
    <message>
        <source>Reading the workspace&apos;s Content Blocks…</source>
        <translation>Lecture des blocs de contenu de l’espace de travail…</translation>
    </message>
    <message>
        <source>The API key lacks the permission %1 to list Content Blocks.</source>
        <translation>La clé d’API n’a pas l’autorisation %1 pour lister les blocs de contenu.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>This workspace has no Content Blocks.</source>
        <translation>Cet espace de travail n’a aucun bloc de contenu.</translation>
    </message>
</context>
<context>
    <name>CurlImportDialog</name>
    <message>
        <source>Import a cURL command</source>
        <translation>Importer une commande cURL</translation>
    </message>
    <message>
        <source>Create template</source>
        <translation>Créer le modèle</translation>
    </message>
    <message>
        <source>Paste the cURL command from the partner&apos;s documentation:</source>
        <translation>Collez la commande cURL de la documentation du partenaire&#xa0;:</translation>
    </message>
    <message>
        <source>The new template:</source>
        <translation>Le nouveau modèle&#xa0;:</translation>
    </message>
    <message>
        <source>The Authorization credential goes to the keychain as the partner secret “%1”; the template only refers to it.</source>
        <translation>L&apos;identifiant Authorization va dans le trousseau comme secret partenaire « %1 »&#xa0;; le modèle ne fait qu&apos;y renvoyer.</translation>
    </message>
</context>
<context>
    <name>DeleteEditor</name>
    <message>
        <source>This is a real Braze workspace, not the sandbox. Deleting removes the person&apos;s profile, history and subscriptions for good; Braze cannot undo it.</source>
        <translation>Ceci est un véritable espace de travail Braze, pas le bac à sable. La suppression efface définitivement le profil, l&apos;historique et les abonnements de la personne&#xa0;; Braze ne peut pas l&apos;annuler.</translation>
    </message>
    <message>
        <source>Deleting cannot be undone. Type %1 to confirm.</source>
        <translation>La suppression est irréversible. Tapez %1 pour confirmer.</translation>
    </message>
    <message>
        <source>Type %1 above to confirm the deletion.</source>
        <translation>Tapez %1 ci-dessus pour confirmer la suppression.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>EndpointCatalogue</name>
    <message>
        <source>Catalogs</source>
        <translation>Catalogues</translation>
    </message>
    <message>
        <source>E-mail lists and addresses</source>
        <translation>Listes et adresses e-mail</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>Envoi de messages</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Subscription groups</source>
        <translation>Groupes d’abonnement</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>User data</source>
        <translation>Données utilisateur</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
</context>
<context>
    <name>EndpointPicker</name>
    <message>
        <source>Search endpoints (Ctrl+F)</source>
        <translation>Rechercher un endpoint (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search endpoints</source>
        <translation>Rechercher un endpoint</translation>
    </message>
    <message>
        <source>Documented endpoints</source>
        <translation>Endpoints documentés</translation>
    </message>
    <message>
        <source>Permission: %1</source>
        <translation>Autorisation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>EndpointsCommand</name>
    <message>
        <source>List every documented endpoint with its permission and rate limit</source>
        <translation>Lister chaque endpoint documenté avec son autorisation et sa limite de débit</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1 per hour</source>
        <translation>%1 par heure</translation>
    </message>
    <message>
        <source>%1 per minute</source>
        <translation>%1 par minute</translation>
    </message>
    <message>
        <source>%1 per day</source>
        <translation>%1 par jour</translation>
    </message>
    <message>
        <source>%1 per %2 seconds</source>
        <translation>%1 par %2 secondes</translation>
    </message>
    <message>
        <source>%1, shared by every endpoint without a limit of its own</source>
        <translation>%1, partagée par tous les endpoints sans limite propre</translation>
    </message>
    <message>
        <source>%1, shared by %2 endpoints (%3)</source>
        <translation>%1, partagée par %2 endpoints (%3)</translation>
    </message>
    <message>
        <source>Lists every Braze REST endpoint the console knows (method and path), the API key permission it needs, its documented rate limit and whether Braze documents an example, which “braze-cli call METHOD PATH --example” prints.</source>
        <translation>Liste chaque endpoint REST de Braze que connaît la console (méthode et chemin), l’autorisation de clé d’API nécessaire, sa limite de débit documentée et si Braze documente un exemple, qu’affiche «&#xa0;braze-cli call MÉTHODE CHEMIN --example&#xa0;».</translation>
    </message>
    <message>
        <source>Print a Markdown table (the one in README&apos;s sandbox section).</source>
        <translation>Afficher un tableau Markdown (celui de la section bac à sable du README).</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Limite de débit</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>example</source>
        <translation>exemple</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <source>e.g. quikly_activation_joined</source>
        <translation>p. ex. quikly_activation_joined</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <source>Type and value</source>
        <translation>Type et valeur</translation>
    </message>
    <message>
        <source>Add property</source>
        <translation>Ajouter une propriété</translation>
    </message>
    <message>
        <source>Remove property</source>
        <translation>Retirer la propriété</translation>
    </message>
    <message>
        <source>Event name:</source>
        <translation>Nom de l&apos;événement&#xa0;:</translation>
    </message>
    <message>
        <source>Properties:</source>
        <translation>Propriétés&#xa0;:</translation>
    </message>
    <message>
        <source>Row %1: the property needs a name.</source>
        <translation>Ligne %1&#xa0;: la propriété doit avoir un nom.</translation>
    </message>
    <message>
        <source>Property “%1”: %2</source>
        <translation>Propriété «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Custom event</source>
        <translation>Événement personnalisé</translation>
    </message>
</context>
<context>
    <name>FaultInjector</name>
    <message>
        <source>The fault setting &apos;%1&apos; has a value of the wrong type or range.</source>
        <translation>Le paramètre de panne «&#xa0;%1&#xa0;» a une valeur d&apos;un type incorrect ou hors limites.</translation>
    </message>
</context>
<context>
    <name>FavouritesPanel</name>
    <message>
        <source>Save as favourite…</source>
        <translation>Enregistrer comme favori…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoris</translation>
    </message>
    <message>
        <source>Save as favourite</source>
        <translation>Enregistrer comme favori</translation>
    </message>
    <message>
        <source>Name of the favourite:</source>
        <translation>Nom du favori&#xa0;:</translation>
    </message>
    <message>
        <source>Favourites of “%1”</source>
        <translation>Favoris de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Saved as the favourite “%1”.</source>
        <translation>Enregistré comme favori «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>FieldValidator</name>
    <message>
        <source>An ID has only letters, digits, dashes and underscores; check that it was copied completely.</source>
        <translation>Un ID ne contient que des lettres, des chiffres, des tirets et des traits de soulignement&#xa0;; vérifiez qu&apos;il a été copié en entier.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <source>Choose one of: %1.</source>
        <translation>Choisissez parmi&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Add at least one row.</source>
        <translation>Ajoutez au moins une ligne.</translation>
    </message>
    <message>
        <source>The pattern must contain %1.</source>
        <translation>Le modèle doit contenir %1.</translation>
    </message>
    <message>
        <source>%1 appears twice (rows %2 and %3).</source>
        <translation>%1 figure deux fois (lignes %2 et %3).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>A subscription group ID looks like 5a1f4e9c-0b7d-4c2e-9f3a-6d8b2c1e0a01: copy it from Audience › Subscriptions in Braze.</source>
        <translation>Un ID de groupe d’abonnement ressemble à 5a1f4e9c-0b7d-4c2e-9f3a-6d8b2c1e0a01&#xa0;: copiez-le dans Braze sous Audience › Abonnements.</translation>
    </message>
</context>
<context>
    <name>FoldingSplitter</name>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
</context>
<context>
    <name>GoldenCommand</name>
    <message>
        <source>Check the Liquid engine against a Golden Liquid test file</source>
        <translation>Vérifier le moteur Liquid avec un fichier de tests Golden Liquid</translation>
    </message>
    <message>
        <source>Runs every case of a golden_liquid.json file and prints each failure with the expected and actual output.</source>
        <translation>Exécute chaque cas d&apos;un fichier golden_liquid.json et affiche chaque échec avec la sortie attendue et la sortie obtenue.</translation>
    </message>
    <message>
        <source>The golden_liquid.json file.</source>
        <translation>Le fichier golden_liquid.json.</translation>
    </message>
    <message>
        <source>braze-cli golden: give exactly one FILE.json.</source>
        <translation>braze-cli golden&#xa0;: indiquez exactement un FICHIER.json.</translation>
    </message>
    <message>
        <source>braze-cli golden: %1</source>
        <translation>braze-cli golden&#xa0;: %1</translation>
    </message>
    <message>
        <source>FAIL %1</source>
        <translation>ÉCHEC %1</translation>
    </message>
    <message>
        <source>  expected: %1</source>
        <translation>  attendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>  actual:   %1</source>
        <translation>  obtenu&#xa0;:  %1</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed</source>
        <translation>%1 réussis, %2 en échec</translation>
    </message>
</context>
<context>
    <name>HandoffSheet</name>
    <message>
        <source>(left out: send it separately, e.g. through your password manager)</source>
        <translation>(omise&#xa0;: transmettez-la séparément, p. ex. via votre gestionnaire de mots de passe)</translation>
    </message>
    <message>
        <source>(no key saved for this workspace)</source>
        <translation>(aucune clé enregistrée pour cet espace de travail)</translation>
    </message>
    <message>
        <source>(not set yet)</source>
        <translation>(pas encore défini)</translation>
    </message>
    <message>
        <source>Braze settings for %1</source>
        <translation>Paramètres Braze pour %1</translation>
    </message>
    <message>
        <source>(none: %1 is the built-in sandbox on this computer, not Braze)</source>
        <translation>(aucun&#xa0;: %1 est le bac à sable intégré de cet ordinateur, pas Braze)</translation>
    </message>
    <message>
        <source>%1 — do not hand this value on yet. %2</source>
        <translation>%1 — ne transmettez pas encore cette valeur. %2</translation>
    </message>
    <message>
        <source>%1 — not checked in Braze yet.</source>
        <translation>%1 — pas encore vérifié dans Braze.</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a label above the lines of its value</comment>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a label and its value</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>HandoffView</name>
    <message>
        <source>Include the API key</source>
        <translation>Inclure la clé d&apos;API</translation>
    </message>
    <message>
        <source>Better: send the key separately, e.g. through a password manager.</source>
        <translation>Mieux&#xa0;: transmettez la clé séparément, p. ex. via un gestionnaire de mots de passe.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Send this to the partner so they can connect to your Braze workspace.</source>
        <translation>Transmettez ces informations au partenaire pour qu&apos;il puisse se connecter à votre espace de travail Braze.</translation>
    </message>
    <message>
        <source>This workspace is the built-in sandbox on this computer: a partner cannot reach %1, and nothing here is in Braze. Choose your Braze workspace on the Workspaces page (or create it there), then copy the sheet.</source>
        <translation>Cet espace de travail est le bac à sable intégré de cet ordinateur&#xa0;: un partenaire ne peut pas joindre %1, et rien de tout cela n’est dans Braze. Choisissez votre espace de travail Braze sur la page Espaces de travail (ou créez-le), puis copiez la fiche.</translation>
    </message>
    <message>
        <source>Braze refused a value on this sheet when it was checked: correct it on the Settings tab before you send the sheet.</source>
        <translation>Braze a refusé une valeur de cette fiche lors de la vérification&#xa0;: corrigez-la dans l’onglet Paramètres avant d’envoyer la fiche.</translation>
    </message>
    <message>
        <source>A sheet with the sandbox&apos;s address cannot be handed to a partner.</source>
        <translation>Une fiche avec l’adresse du bac à sable ne peut pas être transmise à un partenaire.</translation>
    </message>
    <message>
        <source>Hand-off sheet copied to the clipboard.</source>
        <translation>Fiche de transmission copiée dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>HeaderExplanation</name>
    <message numerus="yes">
        <source>Braze allows %Ln request(s) of this kind in one rate-limit window.</source>
        <translation>
            <numerusform>Braze autorise %Ln requête de ce type par fenêtre de limite de débit.</numerusform>
            <numerusform>Braze autorise %Ln requêtes de ce type par fenêtre de limite de débit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The window resets at %1, in %n second(s).</source>
        <translation>
            <numerusform>La fenêtre est réinitialisée à %1, dans %n seconde.</numerusform>
            <numerusform>La fenêtre est réinitialisée à %1, dans %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Braze asks to wait %n second(s) before sending again.</source>
        <translation>
            <numerusform>Braze demande d’attendre %n seconde avant de renvoyer.</numerusform>
            <numerusform>Braze demande d’attendre %n secondes avant de renvoyer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) left before Braze answers 429.</source>
        <translation>
            <numerusform>Encore %Ln requête avant que Braze réponde 429.</numerusform>
            <numerusform>Encore %Ln requêtes avant que Braze réponde 429.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Help::Glossary</name>
    <message>
        <source>alias-only profile</source>
        <translation>profil d&apos;alias uniquement</translation>
    </message>
    <message>
        <source>alias-only</source>
        <comment>glossary forms, separated by |</comment>
        <translation>alias uniquement</translation>
    </message>
    <message>
        <source>A user profile Braze knows only by a user alias (for example an e-mail address with the label “email”), without an external ID. It can be identified later: given an external ID, it merges into that user.</source>
        <translation>Un profil utilisateur que Braze ne connaît que par un alias utilisateur (par exemple une adresse e-mail avec l&apos;étiquette «&#xa0;email&#xa0;»), sans ID externe. Il peut être identifié plus tard&#xa0;: dès qu&apos;il reçoit un ID externe, il est fusionné avec cet utilisateur.</translation>
    </message>
    <message>
        <source>user alias</source>
        <translation>alias utilisateur</translation>
    </message>
    <message>
        <source>user alias|alias label|alias name</source>
        <comment>glossary forms, separated by |</comment>
        <translation>alias utilisateur|étiquette d&apos;alias|nom d&apos;alias</translation>
    </message>
    <message>
        <source>A second identifier for a user: a name and a label (for example “jane@example.com” with the label “email”). Partners use it for people who have no external ID yet.</source>
        <translation>Un second identifiant pour un utilisateur&#xa0;: un nom et une étiquette (par exemple «&#xa0;jane@example.com&#xa0;» avec l&apos;étiquette «&#xa0;email&#xa0;»). Les partenaires l&apos;utilisent pour les personnes qui n&apos;ont pas encore d&apos;ID externe.</translation>
    </message>
    <message>
        <source>external ID</source>
        <translation>ID externe</translation>
    </message>
    <message>
        <source>external ID|external_id</source>
        <comment>glossary forms, separated by |</comment>
        <translation>ID externe|ID externes|external_id</translation>
    </message>
    <message>
        <source>Your own identifier of a user (external_id), for example the customer number in your CRM. One external ID is one profile.</source>
        <translation>Votre propre identifiant d&apos;un utilisateur (external_id), par exemple le numéro client de votre CRM. Un ID externe correspond à un seul profil.</translation>
    </message>
    <message>
        <source>Braze ID</source>
        <translation>ID Braze</translation>
    </message>
    <message>
        <source>Braze ID|braze_id</source>
        <comment>glossary forms, separated by |</comment>
        <translation>ID Braze|braze_id</translation>
    </message>
    <message>
        <source>The identifier Braze gives every profile itself (braze_id). It cannot be chosen or changed.</source>
        <translation>L&apos;identifiant que Braze attribue lui-même à chaque profil (braze_id). Il ne peut être ni choisi ni modifié.</translation>
    </message>
    <message>
        <source>subscription group</source>
        <translation>groupe d&apos;abonnement</translation>
    </message>
    <message>
        <source>subscription group</source>
        <comment>glossary forms, separated by |</comment>
        <translation>groupe d&apos;abonnement|groupes d&apos;abonnement</translation>
    </message>
    <message>
        <source>A list of e-mail addresses or phone numbers that agreed to receive one kind of message, for example your SMS marketing. Its ID is a UUID, found in Braze under Audience › Subscriptions.</source>
        <translation>Une liste d&apos;adresses e-mail ou de numéros de téléphone qui ont accepté de recevoir un type de messages, par exemple votre marketing SMS. Son ID est un UUID, à trouver dans Braze sous Audience › Abonnements.</translation>
    </message>
    <message>
        <source>E.164</source>
        <translation>E.164</translation>
    </message>
    <message>
        <source>E.164</source>
        <comment>glossary forms, separated by |</comment>
        <translation>E.164</translation>
    </message>
    <message>
        <source>The international way to write a phone number that Braze expects: “+”, the country code and the number, without spaces, for example +4915112345678.</source>
        <translation>L&apos;écriture internationale d&apos;un numéro de téléphone qu&apos;attend Braze&#xa0;: «&#xa0;+&#xa0;», l&apos;indicatif du pays et le numéro, sans espaces, par exemple +4915112345678.</translation>
    </message>
    <message>
        <source>permission</source>
        <translation>autorisation</translation>
    </message>
    <message>
        <source>permission</source>
        <comment>glossary forms, separated by |</comment>
        <translation>autorisation</translation>
    </message>
    <message>
        <source>What a REST API key is allowed to do, one permission per endpoint (for example users.track). You choose them when you create the key in Braze under Settings › APIs and Identifiers › API Keys; a call without its permission is refused.</source>
        <translation>Ce qu&apos;une clé d&apos;API REST a le droit de faire, une autorisation par endpoint (par exemple users.track). Vous les choisissez en créant la clé dans Braze sous Paramètres › API et identifiants › Clés d&apos;API&#xa0;; un appel sans son autorisation est refusé.</translation>
    </message>
    <message>
        <source>REST endpoint</source>
        <translation>endpoint REST</translation>
    </message>
    <message>
        <source>REST endpoint</source>
        <comment>glossary forms, separated by |</comment>
        <translation>endpoint REST</translation>
    </message>
    <message>
        <source>The address of your Braze instance&apos;s REST API, for example https://rest.iad-01.braze.com. It matches your dashboard&apos;s address (dashboard-01 → rest.iad-01).</source>
        <translation>L&apos;adresse de l&apos;API REST de votre instance Braze, par exemple https://rest.iad-01.braze.com. Elle correspond à l&apos;adresse de votre tableau de bord (dashboard-01 → rest.iad-01).</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>App ID</translation>
    </message>
    <message>
        <source>App ID</source>
        <comment>glossary forms, separated by |</comment>
        <translation>App ID|ID d&apos;application</translation>
    </message>
    <message>
        <source>The identifier of one app or website in a Braze workspace (Settings › App Settings). Some partners need it; it is not the REST API key.</source>
        <translation>L&apos;identifiant d&apos;une application ou d&apos;un site web dans un espace de travail Braze (Paramètres › Paramètres de l&apos;application). Certains partenaires en ont besoin&#xa0;; ce n&apos;est pas la clé d&apos;API REST.</translation>
    </message>
    <message>
        <source>custom attribute</source>
        <translation>attribut personnalisé</translation>
    </message>
    <message>
        <source>custom attribute</source>
        <comment>glossary forms, separated by |</comment>
        <translation>attribut personnalisé|attributs personnalisés</translation>
    </message>
    <message>
        <source>A value you store on a user&apos;s profile yourself, such as a quiz answer or an audience membership, to segment and personalise with.</source>
        <translation>Une valeur que vous enregistrez vous-même dans le profil d&apos;un utilisateur, comme une réponse à un quiz ou l&apos;appartenance à une audience, pour segmenter et personnaliser.</translation>
    </message>
    <message>
        <source>custom event</source>
        <translation>événement personnalisé</translation>
    </message>
    <message>
        <source>custom event</source>
        <comment>glossary forms, separated by |</comment>
        <translation>événement personnalisé|événements personnalisés</translation>
    </message>
    <message>
        <source>Something a user did that you record in Braze with a name and a time, for example a sign-up; it can start a campaign or a Canvas.</source>
        <translation>Une action d&apos;un utilisateur que vous enregistrez dans Braze avec un nom et une date, par exemple une inscription&#xa0;; elle peut déclencher une campagne ou un Canvas.</translation>
    </message>
    <message>
        <source>double opt-in</source>
        <translation>double opt-in</translation>
    </message>
    <message>
        <source>double opt-in</source>
        <comment>glossary forms, separated by |</comment>
        <translation>double opt-in|double abonnement</translation>
    </message>
    <message>
        <source>The user confirms the subscription a second time (for example by answering an SMS) before it counts as subscribed.</source>
        <translation>L&apos;utilisateur confirme son abonnement une seconde fois (par exemple en répondant à un SMS) avant d&apos;être considéré comme abonné.</translation>
    </message>
    <message>
        <source>API-triggered</source>
        <translation>déclenché par API</translation>
    </message>
    <message>
        <source>API-triggered</source>
        <comment>glossary forms, separated by |</comment>
        <translation>déclenché par API|déclenchée par API|déclenchés par API|déclenchées par API</translation>
    </message>
    <message>
        <source>A campaign or Canvas that is sent when a partner or your system calls Braze&apos;s API, not on a schedule.</source>
        <translation>Une campagne ou un Canvas envoyé lorsqu&apos;un partenaire ou votre système appelle l&apos;API de Braze, et non selon un planning.</translation>
    </message>
    <message>
        <source>Liquid</source>
        <translation>Liquid</translation>
    </message>
    <message>
        <source>Liquid</source>
        <comment>glossary forms, separated by |</comment>
        <translation>Liquid</translation>
    </message>
    <message>
        <source>The template language of Braze&apos;s messages and webhooks: {{${first_name}}} inserts a user&apos;s value, {% if %} chooses text.</source>
        <translation>Le langage de modèles des messages et webhooks de Braze&#xa0;: {{${first_name}}} insère une valeur de l&apos;utilisateur, {% if %} choisit un texte.</translation>
    </message>
    <message>
        <source>sandbox</source>
        <translation>bac à sable</translation>
    </message>
    <message>
        <source>sandbox</source>
        <comment>glossary forms, separated by |</comment>
        <translation>bac à sable</translation>
    </message>
    <message>
        <source>The built-in sandbox imitates Braze&apos;s REST API on this computer, with demo users and keys: try everything, nothing reaches Braze.</source>
        <translation>Le bac à sable intégré imite l&apos;API REST de Braze sur cet ordinateur, avec des utilisateurs et des clés de démo&#xa0;: essayez tout, rien n&apos;atteint Braze.</translation>
    </message>
</context>
<context>
    <name>IdentifierKinds</name>
    <message>
        <source>External ID</source>
        <translation>ID externe</translation>
    </message>
    <message>
        <source>Braze ID</source>
        <translation>ID Braze</translation>
    </message>
    <message>
        <source>User alias</source>
        <translation>Alias d&apos;utilisateur</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>e.g. anna@example.com</source>
        <translation>p. ex. anna@example.com</translation>
    </message>
    <message>
        <source>e.g. +4915112345678</source>
        <translation>p. ex. +33612345678</translation>
    </message>
    <message>
        <source>Alias name, e.g. anna@example.com</source>
        <translation>Nom de l’alias, p. ex. anna@example.com</translation>
    </message>
    <message>
        <source>24 characters, e.g. 5fbd99bac125ca40511f2cb1</source>
        <translation>24 caractères, p. ex. 5fbd99bac125ca40511f2cb1</translation>
    </message>
    <message>
        <source>Your own user ID, e.g. user_123</source>
        <translation>Votre propre ID utilisateur, p. ex. user_123</translation>
    </message>
    <message>
        <source>Alias label, e.g. email</source>
        <translation>Libellé de l’alias, p. ex. email</translation>
    </message>
</context>
<context>
    <name>IdentifyEditor</name>
    <message>
        <source>External ID:</source>
        <translation>ID externe&#xa0;:</translation>
    </message>
    <message>
        <source>This profile is known only by its alias. Give it an external ID; if a profile with that ID exists, Braze merges this one into it and removes this alias-only profile.</source>
        <translation>Ce profil n&apos;est connu que par son alias. Attribuez-lui un ID externe&#xa0;; si un profil possède déjà cet ID, Braze y fusionne celui-ci et supprime ce profil d&apos;alias uniquement.</translation>
    </message>
    <message>
        <source>This profile already has the external ID “%1”. Only alias-only profiles can be identified.</source>
        <translation>Ce profil a déjà l&apos;ID externe «&#xa0;%1&#xa0;». Seuls les profils d&apos;alias uniquement peuvent être identifiés.</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>Identifier</translation>
    </message>
</context>
<context>
    <name>IdentityChangeEditor</name>
    <message>
        <source>New external ID:</source>
        <translation>Nouvel ID externe&#xa0;:</translation>
    </message>
    <message>
        <source>Deprecated external ID:</source>
        <translation>ID externe obsolète&#xa0;:</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Rename ID</source>
        <translation>Renommer l’ID</translation>
    </message>
    <message>
        <source>Remove ID</source>
        <translation>Supprimer l’ID</translation>
    </message>
    <message>
        <source>Merges a duplicate profile into this one: its data moves here and the duplicate is deleted.</source>
        <translation>Fusionne un profil en double dans celui-ci&#xa0;: ses données sont déplacées ici et le doublon est supprimé.</translation>
    </message>
    <message>
        <source>This profile has no external ID to rename.</source>
        <translation>Ce profil n’a pas d’ID externe à renommer.</translation>
    </message>
    <message>
        <source>Gives this profile a new external ID. The current one, “%1”, stays as a deprecated ID that still finds the profile until you remove it.</source>
        <translation>Donne un nouvel ID externe à ce profil. L’actuel, «&#xa0;%1&#xa0;», reste un ID obsolète qui retrouve le profil jusqu’à ce que vous le supprimiez.</translation>
    </message>
    <message>
        <source>Removes an external ID this profile had before a rename, so that it no longer finds the profile.</source>
        <translation>Supprime un ID externe que ce profil avait avant un renommage, pour qu’il ne retrouve plus le profil.</translation>
    </message>
    <message>
        <source>Kind of identifier of the profile to merge</source>
        <translation>Type d’identifiant du profil à fusionner</translation>
    </message>
    <message>
        <source>Alias label of the profile to merge</source>
        <translation>Libellé d’alias du profil à fusionner</translation>
    </message>
    <message>
        <source>Identifier of the profile to merge</source>
        <translation>Identifiant du profil à fusionner</translation>
    </message>
    <message>
        <source>Profile to merge into this one:</source>
        <translation>Profil à fusionner dans celui-ci&#xa0;:</translation>
    </message>
    <message>
        <source>the unidentified one updated most recently</source>
        <translation>le non identifié mis à jour le plus récemment</translation>
    </message>
    <message>
        <source>the identified one updated most recently</source>
        <translation>l’identifié mis à jour le plus récemment</translation>
    </message>
    <message>
        <source>the one updated most recently</source>
        <translation>celui mis à jour le plus récemment</translation>
    </message>
    <message>
        <source>the one updated least recently</source>
        <translation>celui mis à jour le moins récemment</translation>
    </message>
    <message>
        <source>Braze&apos;s prioritization: which profile it merges when several have this e-mail address or phone number.</source>
        <translation>La priorisation de Braze&#xa0;: le profil qu’il fusionne lorsque plusieurs ont cette adresse e-mail ou ce numéro de téléphone.</translation>
    </message>
    <message>
        <source>If several profiles have it, merge:</source>
        <translation>Si plusieurs profils ont cette valeur, fusionner&#xa0;:</translation>
    </message>
</context>
<context>
    <name>IntegrationCommand</name>
    <message>
        <source>Show or change a partner&apos;s settings in a workspace (integration show|set PARTNER)</source>
        <translation>Afficher ou modifier les paramètres d’un partenaire dans un espace de travail (integration show|set PARTNER)</translation>
    </message>
    <message>
        <source>show PARTNER: the partner&apos;s settings in the workspace, each with its state (verified, set but not verified, missing or refused).
set PARTNER FIELD=VALUE ...: changes settings, checked as on the Settings tab; tables as JSON. A secret field is named without a value and read from BRAZE_SECRET_&lt;PARTNER&gt;_&lt;FIELD&gt; (e.g. BRAZE_SECRET_QUIKLY_AUTHORIZATION), never from the command line.
Invalid values exit with status 2 and change nothing.</source>
        <translation>show PARTENAIRE&#xa0;: les paramètres du partenaire dans l’espace de travail, chacun avec son état (vérifié, renseigné mais non vérifié, manquant ou refusé).
set PARTENAIRE CHAMP=VALEUR ...&#xa0;: modifie des paramètres, vérifiés comme dans l’onglet Paramètres&#xa0;; tableaux en JSON. Un champ secret est nommé sans valeur et lu dans BRAZE_SECRET_&lt;PARTENAIRE&gt;_&lt;CHAMP&gt; (par ex. BRAZE_SECRET_QUIKLY_AUTHORIZATION), jamais sur la ligne de commande.
Des valeurs non valides terminent avec le code 2 et ne changent rien.</translation>
    </message>
    <message>
        <source>show or set</source>
        <translation>show ou set</translation>
    </message>
    <message>
        <source>quikly, smartersends, actioniq or outgrow</source>
        <translation>quikly, smartersends, actioniq ou outgrow</translation>
    </message>
    <message>
        <source>The workspace, by name or id (default: the active one).</source>
        <translation>L’espace de travail, par nom ou ID (par défaut&#xa0;: l’espace actif).</translation>
    </message>
    <message>
        <source>WORKSPACE</source>
        <translation>ESPACE</translation>
    </message>
    <message>
        <source>set: save a value Braze refused when it was checked.</source>
        <translation>set&#xa0;: enregistrer une valeur que Braze a refusée lors de la vérification.</translation>
    </message>
    <message>
        <source>show: print JSON.</source>
        <translation>show&#xa0;: afficher du JSON.</translation>
    </message>
    <message>
        <source>Say what to do: braze-cli integration show PARTNER, or braze-cli integration set PARTNER FIELD=VALUE ...</source>
        <translation>Indiquez quoi faire&#xa0;: braze-cli integration show PARTENAIRE, ou braze-cli integration set PARTENAIRE CHAMP=VALEUR ...</translation>
    </message>
    <message>
        <source>There is no partner “%1”; the partners are %2.</source>
        <translation>Il n’y a pas de partenaire «&#xa0;%1&#xa0;»&#xa0;; les partenaires sont %2.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 has no setting “%2”; its settings are %3.</source>
        <translation>%1 n’a pas de paramètre «&#xa0;%2&#xa0;»&#xa0;; ses paramètres sont %3.</translation>
    </message>
    <message>
        <source>Keep secrets off the command line: export %1 and name the field alone (braze-cli integration set %2 %3).</source>
        <translation>Les secrets n’ont pas leur place sur la ligne de commande&#xa0;: exportez %1 et nommez seulement le champ (braze-cli integration set %2 %3).</translation>
    </message>
    <message>
        <source>Set the value of “%1” in the environment variable %2.</source>
        <translation>Définissez la valeur de «&#xa0;%1&#xa0;» dans la variable d’environnement %2.</translation>
    </message>
    <message>
        <source>“%1” is not FIELD=VALUE (tables as JSON).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas de la forme CHAMP=VALEUR (tableaux en JSON).</translation>
    </message>
    <message>
        <source>%1: %2 Save it anyway with --anyway.</source>
        <translation>%1&#xa0;: %2 Enregistrez-la quand même avec --anyway.</translation>
    </message>
    <message>
        <source>“%1” was not kept: braze-cli ends now.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été conservé&#xa0;: braze-cli se termine maintenant.</translation>
    </message>
    <message>
        <source>Saved the %1 settings of workspace “%2”.</source>
        <translation>Paramètres %1 de l’espace de travail «&#xa0;%2&#xa0;» enregistrés.</translation>
    </message>
    <message>
        <source>%1 settings of workspace “%2”</source>
        <translation>Paramètres %1 de l’espace de travail «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>(in the keychain)</source>
        <translation>(dans le trousseau)</translation>
    </message>
</context>
<context>
    <name>Integrations</name>
    <message>
        <source>ActionIQ</source>
        <translation>ActionIQ</translation>
    </message>
    <message>
        <source>Customer data platform: ActionIQ syncs audience membership as boolean custom attributes, forwards events in real time and triggers API-triggered campaigns.</source>
        <translation>Plateforme de données client&#xa0;: ActionIQ synchronise l&apos;appartenance aux audiences sous forme d&apos;attributs personnalisés booléens, transmet les événements en temps réel et lance des campagnes déclenchées par API.</translation>
    </message>
    <message>
        <source>An ActionIQ account with a Braze connection (REST API key and endpoint).</source>
        <translation>Un compte ActionIQ connecté à Braze (clé d&apos;API REST et endpoint).</translation>
    </message>
    <message>
        <source>The partner page leaves the permission list blank; this one follows from the triggered campaigns.</source>
        <translation>La page partenaire ne précise pas les autorisations&#xa0;; celle-ci découle des campagnes déclenchées.</translation>
    </message>
    <message>
        <source>At least one audience (Audience ID and Split ID) to sync.</source>
        <translation>Au moins une audience à synchroniser (ID d&apos;audience et ID de split).</translation>
    </message>
    <message>
        <source>Attribute name pattern</source>
        <translation>Modèle de nom d&apos;attribut</translation>
    </message>
    <message>
        <source>How an audience becomes a custom attribute; ActionIQ&apos;s default is AIQ_&lt;Audience ID&gt;_&lt;Split ID&gt;.</source>
        <translation>Comment une audience devient un attribut personnalisé&#xa0;; par défaut, ActionIQ utilise AIQ_&lt;Audience ID&gt;_&lt;Split ID&gt;.</translation>
    </message>
    <message>
        <source>Match users on</source>
        <translation>Rapprocher les utilisateurs par</translation>
    </message>
    <message>
        <source>The identifier ActionIQ&apos;s activation setting sends: external_id or braze_id.</source>
        <translation>L&apos;identifiant envoyé selon le paramètre d&apos;activation d&apos;ActionIQ&#xa0;: external_id ou braze_id.</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>Audiences</translation>
    </message>
    <message>
        <source>Each ActionIQ audience split becomes one boolean custom attribute; build Braze segments on it.</source>
        <translation>Chaque split d&apos;audience ActionIQ devient un attribut personnalisé booléen&#xa0;; créez vos segments Braze à partir de celui-ci.</translation>
    </message>
    <message>
        <source>Audience ID</source>
        <translation>ID d&apos;audience</translation>
    </message>
    <message>
        <source>Split ID</source>
        <translation>ID de split</translation>
    </message>
    <message>
        <source>Custom attribute</source>
        <translation>Attribut personnalisé</translation>
    </message>
    <message>
        <source>API-triggered campaign ID</source>
        <translation>ID de campagne déclenchée par API</translation>
    </message>
    <message>
        <source>A campaign with API-triggered delivery that ActionIQ starts.</source>
        <translation>Une campagne à livraison déclenchée par API, lancée par ActionIQ.</translation>
    </message>
    <message>
        <source>Identifier to include in the activation setting</source>
        <translation>Identifiant à inclure dans le paramètre d&apos;activation</translation>
    </message>
    <message>
        <source>Audiences and their attributes</source>
        <translation>Audiences et attributs correspondants</translation>
    </message>
    <message>
        <source>Campaign ID for triggered campaigns</source>
        <translation>ID de campagne pour les campagnes déclenchées</translation>
    </message>
    <message>
        <source>Audience membership</source>
        <translation>Appartenance à une audience</translation>
    </message>
    <message>
        <source>Sets the audience attribute to true for a test user, checks it by export, clears it again and checks that too.</source>
        <translation>Passe l&apos;attribut d&apos;audience à true pour un utilisateur de test, le vérifie par un export, l&apos;efface puis vérifie également l&apos;effacement.</translation>
    </message>
    <message>
        <source>Test user (the identifier chosen under &quot;Match users on&quot;)</source>
        <translation>Utilisateur de test (l&apos;identifiant choisi sous «&#xa0;Rapprocher les utilisateurs par&#xa0;»)</translation>
    </message>
    <message>
        <source>Name the audience&apos;s attribute</source>
        <translation>Nommer l&apos;attribut de l&apos;audience</translation>
    </message>
    <message>
        <source>Add the user to the audience</source>
        <translation>Ajouter l&apos;utilisateur à l&apos;audience</translation>
    </message>
    <message>
        <source>Check the attribute is true</source>
        <translation>Vérifier que l&apos;attribut vaut true</translation>
    </message>
    <message>
        <source>Remove the user from the audience</source>
        <translation>Retirer l&apos;utilisateur de l&apos;audience</translation>
    </message>
    <message>
        <source>Check the attribute is false</source>
        <translation>Vérifier que l&apos;attribut vaut false</translation>
    </message>
    <message>
        <source>Forward an event</source>
        <translation>Transmettre un événement</translation>
    </message>
    <message>
        <source>Sends an event the way ActionIQ forwards it (name, identifier, ISO 8601 time, properties) and checks it arrived on the profile.</source>
        <translation>Envoie un événement comme le transmet ActionIQ (nom, identifiant, heure ISO 8601, propriétés) et vérifie qu&apos;il figure bien sur le profil.</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Nom de l&apos;événement</translation>
    </message>
    <message>
        <source>Time (ISO 8601)</source>
        <translation>Heure (ISO 8601)</translation>
    </message>
    <message>
        <source>Event properties (JSON object)</source>
        <translation>Propriétés de l&apos;événement (objet JSON)</translation>
    </message>
    <message>
        <source>Forward the event</source>
        <translation>Transmettre l&apos;événement</translation>
    </message>
    <message>
        <source>Check the event is on the profile</source>
        <translation>Vérifier que l&apos;événement figure sur le profil</translation>
    </message>
    <message>
        <source>Trigger a campaign</source>
        <translation>Déclencher une campagne</translation>
    </message>
    <message>
        <source>Triggers the API-triggered campaign for a test user, as ActionIQ does.</source>
        <translation>Déclenche la campagne déclenchée par API pour un utilisateur de test, comme le fait ActionIQ.</translation>
    </message>
    <message>
        <source>Trigger the campaign for the test user</source>
        <translation>Déclencher la campagne pour l&apos;utilisateur de test</translation>
    </message>
    <message>
        <source>Braze REST endpoint: the URL of your instance&apos;s REST API (the workspace&apos;s endpoint).</source>
        <translation>Endpoint REST de Braze&#xa0;: l&apos;URL de l&apos;API REST de votre instance (l&apos;endpoint de l&apos;espace de travail).</translation>
    </message>
    <message>
        <source>Braze REST endpoint</source>
        <translation>Endpoint REST de Braze</translation>
    </message>
    <message>
        <source>Braze REST API key</source>
        <translation>Clé d&apos;API REST Braze</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Mobile number (E.164)</source>
        <translation>Numéro de mobile (E.164)</translation>
    </message>
    <message>
        <source>Outgrow</source>
        <translation>Outgrow</translation>
    </message>
    <message>
        <source>Interactive content: Outgrow sends quiz, survey and calculator answers to Braze as custom attributes through users/track.</source>
        <translation>Contenu interactif&#xa0;: Outgrow envoie à Braze les réponses aux quiz, sondages et calculateurs sous forme d&apos;attributs personnalisés, via users/track.</translation>
    </message>
    <message>
        <source>An Outgrow account to publish the content and set up the data transfer.</source>
        <translation>Un compte Outgrow pour publier le contenu et configurer le transfert des données.</translation>
    </message>
    <message>
        <source>Custom attributes in Braze for the Outgrow answers (e.g. quiz scores, segments).</source>
        <translation>Des attributs personnalisés dans Braze pour les réponses Outgrow (p. ex. scores de quiz, segments).</translation>
    </message>
    <message>
        <source>Response mapping</source>
        <translation>Correspondance des réponses</translation>
    </message>
    <message>
        <source>Which Outgrow answer goes into which Braze custom attribute, and as which type. The names must match exactly.</source>
        <translation>Quelle réponse Outgrow alimente quel attribut personnalisé Braze, et avec quel type. Les noms doivent correspondre exactement.</translation>
    </message>
    <message>
        <source>Outgrow response field</source>
        <translation>Champ de réponse Outgrow</translation>
    </message>
    <message>
        <source>Braze custom attribute</source>
        <translation>Attribut personnalisé Braze</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Sample answer</source>
        <translation>Exemple de réponse</translation>
    </message>
    <message>
        <source>Attribute mapping</source>
        <translation>Correspondance des attributs</translation>
    </message>
    <message>
        <source>Data is not reaching Braze: check that the API key and the endpoint URL in Outgrow&apos;s integration settings are right and that the key has the users.track permission.</source>
        <translation>Les données n&apos;arrivent pas dans Braze&#xa0;: vérifiez la clé d&apos;API et l&apos;URL de l&apos;endpoint dans les paramètres d&apos;intégration d&apos;Outgrow, et que la clé dispose de l&apos;autorisation users.track.</translation>
    </message>
    <message>
        <source>Wrong mapping: make sure each mapped Outgrow answer goes to a valid Braze custom attribute and that the attribute names match exactly.</source>
        <translation>Correspondance incorrecte&#xa0;: assurez-vous que chaque réponse Outgrow associée alimente un attribut personnalisé Braze valide et que les noms d&apos;attribut correspondent exactement.</translation>
    </message>
    <message>
        <source>To compare, the console reads the profile back with users/export/ids, a permission Outgrow itself does not need. Run the test with a key that also has users.export.ids, or look at the test user&apos;s profile in the Braze dashboard. If the profile is missing: check the API key, the endpoint and the users.track permission.</source>
        <translation>Pour comparer, la console relit le profil avec users/export/ids, une autorisation dont Outgrow n&apos;a pas besoin. Lancez le test avec une clé qui dispose aussi de users.export.ids, ou consultez le profil de l&apos;utilisateur de test dans le tableau de bord Braze. Si le profil est absent&#xa0;: vérifiez la clé d&apos;API, l&apos;endpoint et l&apos;autorisation users.track.</translation>
    </message>
    <message>
        <source>Segment not filtering: make sure the custom attributes are set up in Braze and receive data, then check the segment&apos;s filter logic.</source>
        <translation>Le segment ne filtre pas&#xa0;: assurez-vous que les attributs personnalisés sont configurés dans Braze et reçoivent des données, puis vérifiez la logique des filtres du segment.</translation>
    </message>
    <message>
        <source>Test the attribute mapping</source>
        <translation>Tester la correspondance des attributs</translation>
    </message>
    <message>
        <source>Submits a sample answer for a test user through users/track, exports the user and compares each mapped attribute, expected against actual.</source>
        <translation>Envoie un exemple de réponse pour un utilisateur de test via users/track, exporte l&apos;utilisateur et compare chaque attribut associé&#xa0;: valeur attendue et valeur obtenue.</translation>
    </message>
    <message>
        <source>Test user (external ID)</source>
        <translation>Utilisateur de test (ID externe)</translation>
    </message>
    <message>
        <source>Sample response (JSON; empty: the samples of the mapping)</source>
        <translation>Exemple de réponse (JSON&#xa0;; vide&#xa0;: les exemples de la correspondance)</translation>
    </message>
    <message>
        <source>Turn the answers into attributes</source>
        <translation>Convertir les réponses en attributs</translation>
    </message>
    <message>
        <source>Submit the answers through users/track</source>
        <translation>Envoyer les réponses via users/track</translation>
    </message>
    <message>
        <source>Export the test user</source>
        <translation>Exporter l&apos;utilisateur de test</translation>
    </message>
    <message>
        <source>Compare expected and actual attributes</source>
        <translation>Comparer les attributs attendus et obtenus</translation>
    </message>
    <message>
        <source>Quikly</source>
        <translation>Quikly</translation>
    </message>
    <message>
        <source>Urgency marketing: Quikly captures e-mail addresses and mobile numbers in its activations and passes them to Braze, and a Braze webhook can reward a user in a Quikly activation.</source>
        <translation>Marketing d&apos;urgence&#xa0;: Quikly collecte des adresses e-mail et des numéros de mobile lors de ses activations et les transmet à Braze&#xa0;; un webhook Braze peut récompenser un utilisateur dans une activation Quikly.</translation>
    </message>
    <message>
        <source>A Quikly partner account.</source>
        <translation>Un compte partenaire Quikly.</translation>
    </message>
    <message>
        <source>The ID of the SMS subscription group new numbers join (Audience › Subscriptions).</source>
        <translation>L&apos;ID du groupe d&apos;abonnement SMS que rejoignent les nouveaux numéros (Audience › Abonnements).</translation>
    </message>
    <message>
        <source>A Quikly API key from your Client Success Manager (only for the webhook).</source>
        <translation>Une clé d&apos;API Quikly fournie par votre gestionnaire de succès client (uniquement pour le webhook).</translation>
    </message>
    <message>
        <source>SMS subscription group ID</source>
        <translation>ID du groupe d&apos;abonnement SMS</translation>
    </message>
    <message>
        <source>Quikly subscribes new mobile numbers to this group. Copy it from Audience › Subscriptions in Braze.</source>
        <translation>Quikly abonne les nouveaux numéros de mobile à ce groupe. Copiez son ID depuis Audience › Abonnements dans Braze.</translation>
    </message>
    <message>
        <source>Activation scope (q_scope)</source>
        <translation>Scope de l&apos;activation (q_scope)</translation>
    </message>
    <message>
        <source>The scope ID of your Quikly activation; the webhook sends it as q_scope.</source>
        <translation>L&apos;ID de scope de votre activation Quikly&#xa0;; le webhook l&apos;envoie dans q_scope.</translation>
    </message>
    <message>
        <source>Quikly authorization value</source>
        <translation>Valeur d&apos;autorisation Quikly</translation>
    </message>
    <message>
        <source>The value of the webhook&apos;s Authorization header (Bearer …). Kept in the keychain.</source>
        <translation>La valeur de l&apos;en-tête Authorization du webhook (Bearer …). Conservée dans le trousseau.</translation>
    </message>
    <message>
        <source>Double opt-in event name</source>
        <translation>Nom de l&apos;événement de double opt-in</translation>
    </message>
    <message>
        <source>The custom event that starts your SMS double opt-in in Braze.</source>
        <translation>L&apos;événement personnalisé qui lance votre double opt-in SMS dans Braze.</translation>
    </message>
    <message>
        <source>subscription_group_id for SMS</source>
        <translation>subscription_group_id pour les SMS</translation>
    </message>
    <message>
        <source>Custom event that starts double opt-in</source>
        <translation>Événement personnalisé qui lance le double opt-in</translation>
    </message>
    <message>
        <source>E-mail acquisition</source>
        <translation>Acquisition d&apos;e-mails</translation>
    </message>
    <message>
        <source>Looks the address up with users/export/ids. An existing user gets no new profile (optionally a participation attribute); a new one gets an alias-only profile with the address as alias name and the label &quot;email&quot; (optionally a custom event).</source>
        <translation>Recherche l&apos;adresse avec users/export/ids. Un utilisateur existant ne reçoit pas de nouveau profil (éventuellement un attribut de participation)&#xa0;; un nouvel utilisateur reçoit un profil d&apos;alias uniquement, avec l&apos;adresse comme nom d&apos;alias et le libellé «&#xa0;email&#xa0;» (éventuellement un événement personnalisé).</translation>
    </message>
    <message>
        <source>Participation attribute (optional)</source>
        <translation>Attribut de participation (facultatif)</translation>
    </message>
    <message>
        <source>Custom event for new profiles (optional)</source>
        <translation>Événement personnalisé pour les nouveaux profils (facultatif)</translation>
    </message>
    <message>
        <source>Look up the user by e-mail address</source>
        <translation>Rechercher l&apos;utilisateur par adresse e-mail</translation>
    </message>
    <message>
        <source>Mark the existing user as a participant</source>
        <translation>Marquer l&apos;utilisateur existant comme participant</translation>
    </message>
    <message>
        <source>Create an alias-only profile keyed by the e-mail address</source>
        <translation>Créer un profil d&apos;alias uniquement identifié par l&apos;adresse e-mail</translation>
    </message>
    <message>
        <source>Log the participation event</source>
        <translation>Enregistrer l&apos;événement de participation</translation>
    </message>
    <message>
        <source>SMS subscription</source>
        <translation>Abonnement SMS</translation>
    </message>
    <message>
        <source>Wait after creating a profile (seconds)</source>
        <translation>Attente après la création d&apos;un profil (secondes)</translation>
    </message>
    <message>
        <source>Check the number&apos;s subscription state</source>
        <translation>Vérifier l&apos;état d&apos;abonnement du numéro</translation>
    </message>
    <message>
        <source>Already subscribed?</source>
        <translation>Déjà abonné&#xa0;?</translation>
    </message>
    <message>
        <source>The number is already subscribed: Quikly credits the user, nothing else to do.</source>
        <translation>Le numéro est déjà abonné&#xa0;: Quikly crédite l&apos;utilisateur, rien d&apos;autre à faire.</translation>
    </message>
    <message>
        <source>Give Braze time to finish the new profile</source>
        <translation>Laisser à Braze le temps de finaliser le nouveau profil</translation>
    </message>
    <message>
        <source>Subscribe the number to the SMS group</source>
        <translation>Abonner le numéro au groupe SMS</translation>
    </message>
    <message>
        <source>Check that the number is subscribed</source>
        <translation>Vérifier que le numéro est abonné</translation>
    </message>
    <message>
        <source>SMS subscription with double opt-in</source>
        <translation>Abonnement SMS avec double opt-in</translation>
    </message>
    <message>
        <source>Like the SMS subscription, but instead of setting the state Quikly sends the custom event that starts Braze&apos;s double opt-in, then checks the state regularly until the user has confirmed.</source>
        <translation>Comme l&apos;abonnement SMS, mais au lieu de définir l&apos;état, Quikly envoie l&apos;événement personnalisé qui lance le double opt-in de Braze, puis vérifie régulièrement l&apos;état jusqu&apos;à ce que l&apos;utilisateur ait confirmé.</translation>
    </message>
    <message>
        <source>Check the state every (seconds)</source>
        <translation>Vérifier l&apos;état toutes les (secondes)</translation>
    </message>
    <message>
        <source>Give up after (seconds)</source>
        <translation>Abandonner après (secondes)</translation>
    </message>
    <message>
        <source>Store the number on the existing profile</source>
        <translation>Enregistrer le numéro sur le profil existant</translation>
    </message>
    <message>
        <source>Send the double opt-in event</source>
        <translation>Envoyer l&apos;événement de double opt-in</translation>
    </message>
    <message>
        <source>Wait until the user confirms the opt-in</source>
        <translation>Attendre que l&apos;utilisateur confirme l&apos;opt-in</translation>
    </message>
    <message>
        <source>Check that a Braze campaign or Canvas is triggered by the double opt-in event and sends the opt-in SMS, and that the event name matches.</source>
        <translation>Vérifiez qu&apos;une campagne ou un Canvas Braze est déclenché par l&apos;événement de double opt-in et envoie le SMS d&apos;opt-in, et que le nom de l&apos;événement correspond.</translation>
    </message>
    <message>
        <source>Quikly webhook</source>
        <translation>Webhook Quikly</translation>
    </message>
    <message>
        <source>Opens the Quikly webhook preset (POST to https://api.quikly.com/webhook/braze with q_scope, event and email) in the webhook builder.</source>
        <translation>Ouvre le modèle prédéfini de webhook Quikly (POST vers https://api.quikly.com/webhook/braze avec q_scope, event et email) dans l&apos;éditeur de webhooks.</translation>
    </message>
    <message>
        <source>Open the Quikly webhook preset in the builder</source>
        <translation>Ouvrir le modèle prédéfini de webhook Quikly dans l&apos;éditeur</translation>
    </message>
    <message>
        <source>SmarterSends</source>
        <translation>SmarterSends</translation>
    </message>
    <message>
        <source>Distributed marketing: local teams create, schedule and send brand-compliant e-mail campaigns through one Braze API campaign, with a message variation per SmarterSends group.</source>
        <translation>Marketing distribué&#xa0;: les équipes locales créent, planifient et envoient des campagnes e-mail conformes à la marque via une seule campagne API Braze, avec une variante de message par groupe SmarterSends.</translation>
    </message>
    <message>
        <source>For extra security, add SmarterSends&apos; IP address (shown in your SmarterSends instance) to the key&apos;s Whitelist IPs in Braze.</source>
        <translation>Pour plus de sécurité, ajoutez l&apos;adresse IP de SmarterSends (indiquée dans votre instance SmarterSends) à la liste blanche d&apos;IP de la clé dans Braze.</translation>
    </message>
    <message>
        <source>A SmarterSends account.</source>
        <translation>Un compte SmarterSends.</translation>
    </message>
    <message>
        <source>An API campaign with an e-mail channel: the identifier of every send made through SmarterSends.</source>
        <translation>Une campagne API avec un canal e-mail&#xa0;: l&apos;identifiant de chaque envoi effectué via SmarterSends.</translation>
    </message>
    <message>
        <source>The App ID (Settings › App Settings, labelled &quot;API key&quot; there: not the REST key).</source>
        <translation>L&apos;App ID (Paramètres › Paramètres de l&apos;application, où il est libellé «&#xa0;Clé d&apos;API&#xa0;»&#xa0;: ce n&apos;est pas la clé REST).</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>App ID</translation>
    </message>
    <message>
        <source>Settings › App Settings in Braze; paste it into the App ID field in SmarterSends.</source>
        <translation>Paramètres › Paramètres de l&apos;application dans Braze&#xa0;; collez-le dans le champ App ID de SmarterSends.</translation>
    </message>
    <message>
        <source>API campaign ID</source>
        <translation>ID de campagne API</translation>
    </message>
    <message>
        <source>Create an API campaign with an e-mail channel in Braze and copy its ID.</source>
        <translation>Créez dans Braze une campagne API avec un canal e-mail et copiez son ID.</translation>
    </message>
    <message>
        <source>Default message variation ID</source>
        <translation>ID de variante de message par défaut</translation>
    </message>
    <message>
        <source>Used for groups without their own variation.</source>
        <translation>Utilisé pour les groupes qui n&apos;ont pas leur propre variante.</translation>
    </message>
    <message>
        <source>SmarterSends groups</source>
        <translation>Groupes SmarterSends</translation>
    </message>
    <message>
        <source>Give each group its own message variation to see its sends separately in Braze&apos;s reports.</source>
        <translation>Attribuez à chaque groupe sa propre variante de message pour distinguer ses envois dans les rapports Braze.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Message variation ID</source>
        <translation>ID de variante de message</translation>
    </message>
    <message>
        <source>Campaign ID</source>
        <translation>ID de campagne</translation>
    </message>
    <message>
        <source>Message variation ID (default)</source>
        <translation>ID de variante de message (par défaut)</translation>
    </message>
    <message>
        <source>Message variation ID per group</source>
        <translation>ID de variante de message par groupe</translation>
    </message>
    <message>
        <source>IP allowlist</source>
        <translation>Liste d&apos;IP autorisées</translation>
    </message>
    <message>
        <source>Verify the key&apos;s permissions</source>
        <translation>Vérifier les autorisations de la clé</translation>
    </message>
    <message>
        <source>Checks that the REST API key holds all ten permissions SmarterSends needs.</source>
        <translation>Vérifie que la clé d&apos;API REST dispose des dix autorisations requises par SmarterSends.</translation>
    </message>
    <message>
        <source>Check the ten permissions</source>
        <translation>Vérifier les dix autorisations</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Lists the workspace&apos;s segments as SmarterSends sees them and shows the details and daily size of one.</source>
        <translation>Liste les segments de l&apos;espace de travail tels que SmarterSends les voit et affiche les détails et la taille quotidienne de l&apos;un d&apos;eux.</translation>
    </message>
    <message>
        <source>Segment ID (empty: the first one)</source>
        <translation>ID du segment (vide&#xa0;: le premier)</translation>
    </message>
    <message>
        <source>List the segments</source>
        <translation>Lister les segments</translation>
    </message>
    <message>
        <source>Read the segment&apos;s details</source>
        <translation>Lire les détails du segment</translation>
    </message>
    <message>
        <source>Read the segment&apos;s size over 14 days</source>
        <translation>Lire la taille du segment sur 14 jours</translation>
    </message>
    <message>
        <source>Schedule, move and cancel a message</source>
        <translation>Planifier, décaler et annuler un message</translation>
    </message>
    <message>
        <source>Schedules an e-mail through the API campaign and a message variation for a test user or a segment, moves it by a day, then deletes it before it is sent.</source>
        <translation>Planifie un e-mail via la campagne API et une variante de message pour un utilisateur de test ou un segment, le décale d&apos;un jour, puis le supprime avant son envoi.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Schedule the e-mail for tomorrow</source>
        <translation>Planifier l&apos;e-mail pour demain</translation>
    </message>
    <message>
        <source>Move it to the day after</source>
        <translation>Le décaler au surlendemain</translation>
    </message>
    <message>
        <source>Cancel the scheduled e-mail</source>
        <translation>Annuler l&apos;e-mail planifié</translation>
    </message>
    <message>
        <source>Send ID and its statistics</source>
        <translation>ID d&apos;envoi et statistiques</translation>
    </message>
    <message>
        <source>Creates a send ID for the API campaign (Braze allows 100 a day) and reads its statistics.</source>
        <translation>Crée un ID d&apos;envoi pour la campagne API (Braze en autorise 100 par jour) et lit ses statistiques.</translation>
    </message>
    <message>
        <source>Send ID</source>
        <translation>ID d&apos;envoi</translation>
    </message>
    <message>
        <source>Create the send ID</source>
        <translation>Créer l&apos;ID d&apos;envoi</translation>
    </message>
    <message>
        <source>Read the send&apos;s statistics</source>
        <translation>Lire les statistiques de l&apos;envoi</translation>
    </message>
    <message>
        <source>Checks the number&apos;s state in the subscription group; if it is subscribed, the user is credited. Otherwise looks the user up by e-mail: stores the number on the profile it finds, or creates an alias-only profile with it and waits for Braze to finish the profile (about 2 minutes); then subscribes the number and checks the state.</source>
        <translation>Vérifie l’état du numéro dans le groupe d’abonnement&#xa0;; s’il est abonné, l’utilisateur est crédité. Sinon, recherche l’utilisateur par e-mail&#xa0;: enregistre le numéro sur le profil trouvé, ou crée un profil d’alias uniquement avec ce numéro et attend que Braze finalise le profil (environ 2 minutes)&#xa0;; puis abonne le numéro et vérifie l’état.</translation>
    </message>
    <message>
        <source>API-triggered Canvas ID</source>
        <translation>ID du Canvas déclenché par API</translation>
    </message>
    <message>
        <source>A Canvas with API-triggered entry that ActionIQ starts; optional, needed only to trigger a Canvas.</source>
        <translation>Un Canvas à entrée déclenchée par API que lance ActionIQ&#xa0;; facultatif, nécessaire seulement pour déclencher un Canvas.</translation>
    </message>
    <message>
        <source>Only needed when ActionIQ triggers a Canvas instead of a campaign.</source>
        <translation>Nécessaire seulement si ActionIQ déclenche un Canvas au lieu d’une campagne.</translation>
    </message>
    <message>
        <source>Canvas ID for triggered Canvases</source>
        <translation>ID du Canvas pour les Canvas déclenchés</translation>
    </message>
    <message>
        <source>Trigger a Canvas</source>
        <translation>Déclencher un Canvas</translation>
    </message>
    <message>
        <source>Triggers the API-triggered Canvas for a test user with Canvas entry properties, as ActionIQ does, and checks on the profile that the user entered it.</source>
        <translation>Déclenche le Canvas déclenché par API pour un utilisateur test avec des propriétés d’entrée du Canvas, comme le fait ActionIQ, et vérifie sur le profil que l’utilisateur y est entré.</translation>
    </message>
    <message>
        <source>Canvas entry properties (JSON object)</source>
        <translation>Propriétés d’entrée du Canvas (objet JSON)</translation>
    </message>
    <message>
        <source>Note when the user last entered the Canvas</source>
        <translation>Noter quand l’utilisateur est entré dans le Canvas pour la dernière fois</translation>
    </message>
    <message>
        <source>Trigger the Canvas for the test user</source>
        <translation>Déclencher le Canvas pour l’utilisateur test</translation>
    </message>
    <message>
        <source>Check the user entered the Canvas</source>
        <translation>Vérifier que l’utilisateur est entré dans le Canvas</translation>
    </message>
    <message>
        <source>Quikly website</source>
        <translation>Site web de Quikly</translation>
    </message>
    <message>
        <source>Quikly Hype (product overview)</source>
        <translation>Quikly Hype (présentation du produit)</translation>
    </message>
    <message>
        <source>Quikly Swap (product overview)</source>
        <translation>Quikly Swap (présentation du produit)</translation>
    </message>
    <message>
        <source>SmarterSends website</source>
        <translation>Site web de SmarterSends</translation>
    </message>
    <message>
        <source>ActionIQ website</source>
        <translation>Site web d&apos;ActionIQ</translation>
    </message>
    <message>
        <source>Outgrow: configuring the native integration with Braze</source>
        <translation>Outgrow&#xa0;: configurer l&apos;intégration native avec Braze</translation>
    </message>
    <message>
        <source>Outgrow website</source>
        <translation>Site web d&apos;Outgrow</translation>
    </message>
</context>
<context>
    <name>Integrations::ApiCallStep</name>
    <message>
        <source>No connection to Braze is set up for this workspace.</source>
        <translation>Aucune connexion à Braze n&apos;est configurée pour cet espace de travail.</translation>
    </message>
    <message>
        <source>Correct the value in the workflow&apos;s parameters or the partner&apos;s settings.</source>
        <translation>Corrigez la valeur dans les paramètres du flux de travail ou dans ceux du partenaire.</translation>
    </message>
    <message numerus="yes">
        <source>Braze&apos;s rate limit is reached: retrying in %n s</source>
        <translation>
            <numerusform>Limite de débit de Braze atteinte&#xa0;: nouvel essai dans %n s</numerusform>
            <numerusform>Limite de débit de Braze atteinte&#xa0;: nouvel essai dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Attempt %1 failed; trying again in %2 s</source>
        <translation>La tentative %1 a échoué&#xa0;; nouvel essai dans %2 s</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>Integrations::PollStep</name>
    <message>
        <source>The step to repeat (%1) is unknown.</source>
        <translation>L&apos;étape à répéter (%1) est inconnue.</translation>
    </message>
    <message numerus="yes">
        <source>After %n check(s): %1</source>
        <translation>
            <numerusform>Après %n vérification&#xa0;: %1</numerusform>
            <numerusform>Après %n vérifications&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Still &quot;%1&quot; after %n check(s); gave up waiting for &quot;%2&quot;.</source>
        <translation>
            <numerusform>Toujours «&#xa0;%1&#xa0;» après %n vérification&#xa0;; abandon de l&apos;attente de «&#xa0;%2&#xa0;».</numerusform>
            <numerusform>Toujours «&#xa0;%1&#xa0;» après %n vérifications&#xa0;; abandon de l&apos;attente de «&#xa0;%2&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Check %1: %2 — next check in %3 s</source>
        <translation>Vérification %1&#xa0;: %2 — prochaine vérification dans %3 s</translation>
    </message>
</context>
<context>
    <name>Integrations::StepArgs</name>
    <message>
        <source>No user given: fill in the test user.</source>
        <translation>Aucun utilisateur indiqué&#xa0;: renseignez l&apos;utilisateur de test.</translation>
    </message>
</context>
<context>
    <name>Integrations::SubscriptionGroupCheck</name>
    <message>
        <source>Not checked: no connection to Braze is set up for this workspace.</source>
        <translation>Non vérifié&#xa0;: aucune connexion à Braze n&apos;est configurée pour cet espace de travail.</translation>
    </message>
    <message>
        <source>Braze does not accept this ID as a %1 subscription group: %2</source>
        <translation>Braze n&apos;accepte pas cet ID comme groupe d&apos;abonnement %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Not checked: the key lacks subscription.status.get.</source>
        <translation>Non vérifié&#xa0;: il manque à la clé l&apos;autorisation subscription.status.get.</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>Non vérifié&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Integrations::VerifyPermissionsStep</name>
    <message>
        <source>No connection to Braze is set up for this workspace.</source>
        <translation>Aucune connexion à Braze n&apos;est configurée pour cet espace de travail.</translation>
    </message>
    <message>
        <source>Checked %1 of %2 permissions</source>
        <translation>%1 autorisations vérifiées sur %2</translation>
    </message>
    <message numerus="yes">
        <source>The key holds all %n permission(s).</source>
        <translation>
            <numerusform>La clé dispose de l&apos;autorisation requise.</numerusform>
            <numerusform>La clé dispose des %n autorisations requises.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key lacks: %1.</source>
        <translation>Il manque à la clé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>In Braze, open Settings › APIs and Identifiers › API Keys, edit the key and tick the missing permissions.</source>
        <translation>Dans Braze, ouvrez Paramètres › API et identifiants › Clés d&apos;API, modifiez la clé et cochez les autorisations manquantes.</translation>
    </message>
    <message>
        <source>Granted as far as can be checked; unknown: %1.</source>
        <translation>Accordées, pour autant qu&apos;on puisse le vérifier&#xa0;; inconnues&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>Integrations::WaitStep</name>
    <message numerus="yes">
        <source>Waiting: %n s left</source>
        <translation>
            <numerusform>Attente&#xa0;: %n s restante</numerusform>
            <numerusform>Attente&#xa0;: %n s restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waited %n s.</source>
        <translation>
            <numerusform>Attente de %n s terminée.</numerusform>
            <numerusform>Attente de %n s terminée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>Integrations::WorkflowRunner</name>
    <message>
        <source>Not needed here.</source>
        <translation>Inutile ici.</translation>
    </message>
    <message>
        <source>All steps passed.</source>
        <translation>Toutes les étapes ont réussi.</translation>
    </message>
    <message>
        <source>Step %1, &quot;%2&quot;, failed: %3</source>
        <translation>L&apos;étape %1, «&#xa0;%2&#xa0;», a échoué&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cancelled during step %1, &quot;%2&quot;.</source>
        <translation>Annulé pendant l&apos;étape %1, «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Integrations::WorkflowStepModel</name>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>en cours…</translation>
    </message>
    <message>
        <source>✔ passed</source>
        <translation>✔ réussie</translation>
    </message>
    <message>
        <source>✘ failed</source>
        <translation>✘ échouée</translation>
    </message>
    <message>
        <source>– skipped</source>
        <translation>– ignorée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>✔ done</source>
        <translation>✔ terminée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>%L1 ms</source>
        <translation>%L1 ms</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>non exécutée</translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <source>an object is not closed: a } or a comma is missing</source>
        <translation>un objet n&apos;est pas fermé&#xa0;: il manque une } ou une virgule</translation>
    </message>
    <message>
        <source>a colon is missing after a key</source>
        <translation>il manque un deux-points après une clé</translation>
    </message>
    <message>
        <source>a list is not closed: a ] or a comma is missing</source>
        <translation>une liste n&apos;est pas fermée&#xa0;: il manque un ] ou une virgule</translation>
    </message>
    <message>
        <source>a comma is missing between two values</source>
        <translation>il manque une virgule entre deux valeurs</translation>
    </message>
    <message>
        <source>this is not a JSON value (text must be in double quotes)</source>
        <translation>ce n&apos;est pas une valeur JSON (le texte doit être entre guillemets doubles)</translation>
    </message>
    <message>
        <source>the text ends inside a number</source>
        <translation>le texte se termine au milieu d&apos;un nombre</translation>
    </message>
    <message>
        <source>this number is not valid JSON</source>
        <translation>ce nombre n&apos;est pas du JSON valide</translation>
    </message>
    <message>
        <source>invalid escape sequence after a backslash</source>
        <translation>séquence d&apos;échappement non valide après une barre oblique inverse</translation>
    </message>
    <message>
        <source>invalid characters in a string</source>
        <translation>caractères non valides dans une chaîne</translation>
    </message>
    <message>
        <source>a string is not closed: a double quote is missing</source>
        <translation>une chaîne n&apos;est pas fermée&#xa0;: il manque un guillemet double</translation>
    </message>
    <message>
        <source>the body must be a JSON object or list</source>
        <translation>le corps doit être un objet ou une liste JSON</translation>
    </message>
    <message>
        <source>there is more text after the end of the JSON</source>
        <translation>du texte suit la fin du JSON</translation>
    </message>
    <message>
        <source>this is not valid JSON</source>
        <translation>ce n&apos;est pas du JSON valide</translation>
    </message>
</context>
<context>
    <name>KeyValueTable</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Value (Liquid allowed)</source>
        <translation>Valeur (Liquid autorisé)</translation>
    </message>
</context>
<context>
    <name>Liquid</name>
    <message>
        <source>abort_message takes a reason in quotes: {% abort_message(&apos;reason&apos;) %}</source>
        <translation>abort_message attend un motif entre guillemets&#xa0;: {% abort_message(&apos;motif&apos;) %}</translation>
    </message>
    <message>
        <source>{% %1 %} only works in Braze; the preview leaves it empty</source>
        <translation>{% %1 %} ne fonctionne que dans Braze&#xa0;; l&apos;aperçu le laisse vide</translation>
    </message>
    <message>
        <source>content block &apos;%1&apos; was not found</source>
        <translation>bloc de contenu &apos;%1&apos; introuvable</translation>
    </message>
    <message>
        <source>template &apos;%1&apos; was not found</source>
        <translation>modèle &apos;%1&apos; introuvable</translation>
    </message>
    <message>
        <source>invalid integer in range %1</source>
        <translation>entier non valide dans la plage %1</translation>
    </message>
    <message>
        <source>%1: wrong number of arguments (given %2, expected %3)</source>
        <translation>%1&#xa0;: nombre d&apos;arguments incorrect (%2 fournis, %3 attendus)</translation>
    </message>
    <message>
        <source>comparison of %1 with %2 failed</source>
        <translation>échec de la comparaison de %1 avec %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the file has no &quot;tests&quot; list</source>
        <translation>le fichier ne contient pas de liste &quot;tests&quot;</translation>
    </message>
    <message>
        <source>unexpected text after the JSON value</source>
        <translation>texte inattendu après la valeur JSON</translation>
    </message>
    <message>
        <source>invalid JSON at character %1: %2</source>
        <translation>JSON non valide au caractère %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>imbrication trop profonde</translation>
    </message>
    <message>
        <source>unexpected end of input</source>
        <translation>fin de l&apos;entrée inattendue</translation>
    </message>
    <message>
        <source>expected a quoted key</source>
        <translation>clé entre guillemets attendue</translation>
    </message>
    <message>
        <source>expected &apos;:&apos;</source>
        <translation>&apos;:&apos; attendu</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; ou &apos;}&apos; attendu</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; ou &apos;]&apos; attendu</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>caractère inattendu</translation>
    </message>
    <message>
        <source>bad \u escape</source>
        <translation>échappement \u incorrect</translation>
    </message>
    <message>
        <source>bad escape</source>
        <translation>échappement incorrect</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>chaîne non terminée</translation>
    </message>
    <message>
        <source>bad number</source>
        <translation>nombre incorrect</translation>
    </message>
    <message>
        <source>output &apos;{{&apos; was not closed with &apos;}}&apos;</source>
        <translation>la sortie &apos;{{&apos; n&apos;est pas fermée par &apos;}}&apos;</translation>
    </message>
    <message>
        <source>tag &apos;{%&apos; was not closed with &apos;%}&apos;</source>
        <translation>la balise &apos;{%&apos; n&apos;est pas fermée par &apos;%}&apos;</translation>
    </message>
    <message>
        <source>tag &apos;%1&apos; has no name</source>
        <translation>la balise &apos;%1&apos; n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>undefined variable %1</source>
        <translation>variable non définie %1</translation>
    </message>
    <message>
        <source>the template needs more than %1 steps to render (console limit); look for loops over very large lists</source>
        <translation>le rendu du modèle demande plus de %1 étapes (limite de la console)&#xa0;; cherchez des boucles sur de très grandes listes</translation>
    </message>
    <message>
        <source>loops ran more than %1 times in total (console limit); add a limit: to large loops</source>
        <translation>les boucles ont tourné plus de %1 fois au total (limite de la console)&#xa0;; ajoutez limit: aux grandes boucles</translation>
    </message>
    <message>
        <source>the rendered text is longer than %1 characters (console limit)</source>
        <translation>le texte rendu dépasse %1 caractères (limite de la console)</translation>
    </message>
    <message>
        <source>cycle needs values: {% cycle &apos;a&apos;, &apos;b&apos; %}</source>
        <translation>cycle attend des valeurs&#xa0;: {% cycle &apos;a&apos;, &apos;b&apos; %}</translation>
    </message>
    <message>
        <source>%1 needs a loop variable: {% %1 item in list %}</source>
        <translation>%1 attend une variable de boucle&#xa0;: {% %1 item in list %}</translation>
    </message>
    <message>
        <source>expected &apos;in&apos; after &apos;%1&apos;</source>
        <translation>&apos;in&apos; attendu après &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid integer &apos;%1&apos; in %2</source>
        <translation>entier &apos;%1&apos; non valide dans %2</translation>
    </message>
    <message>
        <source>abort_message takes a reason in quotes: {% abort_message(&apos;reason&apos;) %}; the message aborts with the text as written</source>
        <translation>abort_message attend une raison entre guillemets&#xa0;: {% abort_message(&apos;raison&apos;) %}&#xa0;; le message est annulé avec le texte tel qu&apos;il est écrit</translation>
    </message>
    <message>
        <source>Unknown operator %1</source>
        <translation>Opérateur inconnu %1</translation>
    </message>
    <message>
        <source>unknown filter &apos;%1&apos;</source>
        <translation>filtre inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the catalog &apos;%1&apos; is not in the preview&apos;s catalog data</source>
        <translation>le catalogue &apos;%1&apos; ne figure pas dans les données de catalogue de l&apos;aperçu</translation>
    </message>
    <message>
        <source>the catalog &apos;%1&apos; has no selection &apos;%2&apos; in the preview&apos;s catalog data</source>
        <translation>le catalogue &apos;%1&apos; n&apos;a pas de sélection &apos;%2&apos; dans les données de catalogue de l&apos;aperçu</translation>
    </message>
    <message>
        <source>content block &apos;%1&apos; is %2 KB; Braze holds at most 50 KB per block</source>
        <translation>le bloc de contenu &apos;%1&apos; fait %2 Ko&#xa0;; Braze accepte au plus 50 Ko par bloc</translation>
    </message>
</context>
<context>
    <name>Liquid::BrazeTags</name>
    <message>
        <source>connected_content needs a URL first</source>
        <translation>connected_content attend d&apos;abord une URL</translation>
    </message>
    <message>
        <source>connected_content does not know the option &apos;%1&apos;</source>
        <translation>connected_content ne connaît pas l&apos;option &apos;%1&apos;</translation>
    </message>
    <message>
        <source>connected_content needs a URL</source>
        <translation>connected_content attend une URL</translation>
    </message>
    <message>
        <source>connected_content does not know the option &apos;%1&apos;; it is ignored</source>
        <translation>connected_content ne connaît pas l&apos;option &apos;%1&apos;&#xa0;; elle est ignorée</translation>
    </message>
    <message>
        <source>:rerender renders Liquid in catalog items; connected_content ignores it</source>
        <translation>:rerender interprète le Liquid des articles de catalogue&#xa0;; connected_content l&apos;ignore</translation>
    </message>
    <message>
        <source>connected_content %1 needs a value</source>
        <translation>connected_content %1 attend une valeur</translation>
    </message>
    <message>
        <source>the preview does not call connected content URLs</source>
        <translation>l&apos;aperçu n&apos;appelle pas les URL de contenu connecté</translation>
    </message>
    <message>
        <source>connected_content :method must be get or post</source>
        <translation>connected_content :method doit valoir get ou post</translation>
    </message>
    <message>
        <source>connected_content :headers must be a JSON object like {&quot;Name&quot;: &quot;value&quot;}</source>
        <translation>connected_content :headers doit être un objet JSON comme {&quot;Name&quot;: &quot;value&quot;}</translation>
    </message>
    <message>
        <source>write {% catalog_selection_items catalog_name selection_name %}</source>
        <translation>écrivez {% catalog_selection_items nom_du_catalogue nom_de_la_selection %}</translation>
    </message>
    <message>
        <source>write {% catalog_items catalog_name item_id [item_id…] %}</source>
        <translation>écrivez {% catalog_items nom_du_catalogue id_article [id_article…] %}</translation>
    </message>
    <message>
        <source>write {% message_extras :key name :value value %}</source>
        <translation>écrivez {% message_extras :key nom :value valeur %}</translation>
    </message>
    <message>
        <source>message_extras does not expect &apos;%1&apos;; %2</source>
        <translation>message_extras n&apos;attend pas &apos;%1&apos;&#xa0;; %2</translation>
    </message>
    <message>
        <source>message_extras needs :key before :value; Braze does not attach this pair</source>
        <translation>message_extras attend :key avant :value&#xa0;; Braze n&apos;ajoute pas cette paire</translation>
    </message>
    <message>
        <source>message_extras %1 has no value; %2</source>
        <translation>message_extras %1 n&apos;a pas de valeur&#xa0;; %2</translation>
    </message>
    <message>
        <source>message_extras takes variables but no tags; Braze does not attach this pair</source>
        <translation>message_extras accepte des variables mais pas de balises&#xa0;; Braze n&apos;ajoute pas cette paire</translation>
    </message>
    <message>
        <source>message_extras needs both :key and :value; %1</source>
        <translation>message_extras attend :key et :value&#xa0;; %1</translation>
    </message>
    <message>
        <source>promotion needs the list&apos;s name in quotes: {% promotion(&apos;list_name&apos;) %}</source>
        <translation>promotion attend le nom de la liste entre guillemets&#xa0;: {% promotion(&apos;nom_de_liste&apos;) %}</translation>
    </message>
    <message>
        <source>the preview shows a sample code; Braze takes one code from &apos;%1&apos; each time this message renders, even when the branch of the &apos;%2&apos; at line %3 is not taken</source>
        <translation>l&apos;aperçu affiche un code d&apos;exemple&#xa0;; Braze consomme un code de &apos;%1&apos; à chaque rendu de ce message, même quand la branche du &apos;%2&apos; à la ligne %3 n&apos;est pas prise</translation>
    </message>
    <message>
        <source>the preview shows a sample code; Braze takes one code from &apos;%1&apos; each time this message renders</source>
        <translation>l&apos;aperçu affiche un code d&apos;exemple&#xa0;; Braze consomme un code de &apos;%1&apos; à chaque rendu de ce message</translation>
    </message>
    <message>
        <source>not fetched: one render makes at most %1 connected content calls (console limit)</source>
        <translation>non récupéré&#xa0;: un rendu fait au plus %1 appels de Connected Content (limite de la console)</translation>
    </message>
    <message>
        <source>connected_content :cache_max_age takes seconds from 300 to 14400; Braze keeps &apos;%1&apos; within that range</source>
        <translation>connected_content :cache_max_age prend des secondes de 300 à 14400&#xa0;; Braze ramène &apos;%1&apos; dans cet intervalle</translation>
    </message>
    <message>
        <source>connected_content %1 failed (%2); with :retry Braze tries it up to %3 more times with growing waits and aborts the message when every try fails</source>
        <translation>connected_content %1 a échoué (%2)&#xa0;; avec :retry, Braze réessaie jusqu&apos;à %3 fois avec des attentes croissantes et annule le message si chaque essai échoue</translation>
    </message>
    <message>
        <source>message_extras: the key &apos;%1&apos; is already set; Braze keeps the first value</source>
        <translation>message_extras&#xa0;: la clé &apos;%1&apos; est déjà définie&#xa0;; Braze garde la première valeur</translation>
    </message>
    <message>
        <source>message_extras: keys and values exceed 1 KB in total; Braze cuts &apos;%1&apos; and anything after it</source>
        <translation>message_extras&#xa0;: les clés et valeurs dépassent 1 Ko au total&#xa0;; Braze tronque &apos;%1&apos; et tout ce qui suit</translation>
    </message>
    <message>
        <source>the catalog name rendered empty; Braze finds no items</source>
        <translation>le nom du catalogue est vide après le rendu&#xa0;; Braze ne trouve aucun article</translation>
    </message>
    <message>
        <source>the preview has no catalog data: connect a workspace or choose a catalog file; &apos;items&apos; stays empty</source>
        <translation>l&apos;aperçu n&apos;a pas de données de catalogue&#xa0;: connectez un espace de travail ou choisissez un fichier de catalogue&#xa0;; &apos;items&apos; reste vide</translation>
    </message>
    <message>
        <source>the catalog &apos;%1&apos; has no item &apos;%2&apos;; Braze leaves it out of &apos;items&apos;</source>
        <translation>le catalogue &apos;%1&apos; n&apos;a pas d&apos;article &apos;%2&apos;&#xa0;; Braze l&apos;omet dans &apos;items&apos;</translation>
    </message>
    <message>
        <source>:rerender: the catalog field &apos;%1&apos; is not valid Liquid: %2</source>
        <translation>:rerender&#xa0;: le champ de catalogue &apos;%1&apos; n&apos;est pas du Liquid valide&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Liquid::ExpressionParser</name>
    <message>
        <source>the end of the tag</source>
        <translation>la fin de la balise</translation>
    </message>
    <message>
        <source>unexpected %1</source>
        <translation>%1 inattendu</translation>
    </message>
    <message>
        <source>expected a filter name after &apos;|&apos; but found %1</source>
        <translation>nom de filtre attendu après &apos;|&apos;, mais %1 trouvé</translation>
    </message>
    <message>
        <source>unknown filter &apos;%1&apos;</source>
        <translation>filtre inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>; did you mean &apos;%1&apos;?</source>
        <translation>&#xa0;; vouliez-vous dire &apos;%1&apos;&#xa0;?</translation>
    </message>
    <message>
        <source>expression nested too deeply</source>
        <translation>expression trop profondément imbriquée</translation>
    </message>
    <message>
        <source>expected &apos;..&apos; in a range like (1..5) but found %1</source>
        <translation>&apos;..&apos; attendu dans une plage comme (1..5), mais %1 trouvé</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close the range but found %1</source>
        <translation>&apos;)&apos; attendu pour fermer la plage, mais %1 trouvé</translation>
    </message>
    <message>
        <source>expected &apos;}}&apos; but found %1</source>
        <translation>&apos;}}&apos; attendu, mais %1 trouvé</translation>
    </message>
    <message>
        <source>expected a value but found %1</source>
        <translation>valeur attendue, mais %1 trouvé</translation>
    </message>
    <message>
        <source>expected &apos;]&apos; but found %1</source>
        <translation>&apos;]&apos; attendu, mais %1 trouvé</translation>
    </message>
    <message>
        <source>expected a property name after &apos;.&apos; but found %1</source>
        <translation>nom de propriété attendu après &apos;.&apos;, mais %1 trouvé</translation>
    </message>
    <message>
        <source>unknown operator %1; use ==, !=, &lt;, &gt;, &lt;=, &gt;=, contains, and, or</source>
        <translation>opérateur inconnu %1&#xa0;; utilisez ==, !=, &lt;, &gt;, &lt;=, &gt;=, contains, and, or</translation>
    </message>
    <message>
        <source>condition has too many parts</source>
        <translation>la condition comporte trop d&apos;éléments</translation>
    </message>
    <message>
        <source>expected name: value but found %1</source>
        <translation>nom: valeur attendu, mais %1 trouvé</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after &apos;%1&apos;</source>
        <translation>&apos;:&apos; attendu après &apos;%1&apos;</translation>
    </message>
    <message>
        <source>filters do not work in a condition: assign the filtered value first</source>
        <translation>les filtres ne fonctionnent pas dans une condition&#xa0;: affectez d&apos;abord la valeur filtrée avec assign</translation>
    </message>
    <message>
        <source>write &apos;and&apos; or &apos;or&apos;</source>
        <translation>écrivez &apos;and&apos; ou &apos;or&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is ignored (lax parsing, as in Braze)</source>
        <translation>&apos;%1&apos; est ignoré (analyse tolérante, comme dans Braze)</translation>
    </message>
</context>
<context>
    <name>Liquid::Parser</name>
    <message>
        <source>the template is longer than %1 characters (console limit)</source>
        <translation>le modèle dépasse %1 caractères (limite de la console)</translation>
    </message>
    <message>
        <source>blocks are nested more than %1 levels deep (console limit)</source>
        <translation>les blocs sont imbriqués sur plus de %1 niveaux (limite de la console)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; tag was never closed; add {% %2 %}</source>
        <translation>la balise &apos;%1&apos; n&apos;est jamais fermée&#xa0;; ajoutez {% %2 %}</translation>
    </message>
    <message>
        <source>&apos;%1&apos; tag does not expect &apos;else&apos;</source>
        <translation>la balise &apos;%1&apos; n&apos;accepte pas &apos;else&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not close &apos;%2&apos;; use {% %3 %}</source>
        <translation>&apos;%1&apos; ne ferme pas &apos;%2&apos;&#xa0;; utilisez {% %3 %}</translation>
    </message>
    <message>
        <source>unknown tag &apos;%1&apos;</source>
        <translation>balise inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1; read as &apos;%2&apos; (lax parsing, as in Braze)</source>
        <translation>%1&#xa0;; lu comme &apos;%2&apos; (analyse tolérante, comme dans Braze)</translation>
    </message>
    <message>
        <source>typographic quotes do not quote in Liquid: use straight quotes &apos; or &quot;</source>
        <translation>les guillemets typographiques ne délimitent pas de texte en Liquid&#xa0;: utilisez des guillemets droits &apos; ou &quot;</translation>
    </message>
</context>
<context>
    <name>Liquid::Tags</name>
    <message>
        <source>&apos;%1&apos; needs a condition</source>
        <translation>&apos;%1&apos; attend une condition</translation>
    </message>
    <message>
        <source>case needs a value: {% case variable %}</source>
        <translation>case attend une valeur&#xa0;: {% case variable %}</translation>
    </message>
    <message>
        <source>when needs a value to compare with</source>
        <translation>when attend une valeur à comparer</translation>
    </message>
    <message>
        <source>&apos;comment&apos; tag was never closed; add {% endcomment %}</source>
        <translation>la balise &apos;comment&apos; n&apos;est jamais fermée&#xa0;; ajoutez {% endcomment %}</translation>
    </message>
    <message>
        <source>&apos;raw&apos; tag was never closed; add {% endraw %}</source>
        <translation>la balise &apos;raw&apos; n&apos;est jamais fermée&#xa0;; ajoutez {% endraw %}</translation>
    </message>
    <message>
        <source>every line of an inline comment must start with &apos;#&apos;</source>
        <translation>chaque ligne d&apos;un commentaire en ligne doit commencer par &apos;#&apos;</translation>
    </message>
    <message>
        <source>doc takes no arguments</source>
        <translation>doc n&apos;accepte aucun argument</translation>
    </message>
    <message>
        <source>&apos;doc&apos; tag was never closed; add {% enddoc %}</source>
        <translation>la balise &apos;doc&apos; n&apos;est jamais fermée&#xa0;; ajoutez {% enddoc %}</translation>
    </message>
    <message>
        <source>doc tags cannot be nested</source>
        <translation>les balises doc ne peuvent pas être imbriquées</translation>
    </message>
    <message>
        <source>raw cannot be used inside a liquid tag</source>
        <translation>raw ne peut pas être utilisé dans une balise liquid</translation>
    </message>
    <message>
        <source>each line of a liquid tag must start with a tag name</source>
        <translation>chaque ligne d&apos;une balise liquid doit commencer par un nom de balise</translation>
    </message>
    <message>
        <source>assign needs a name and a value: {% assign name = value %}</source>
        <translation>assign attend un nom et une valeur&#xa0;: {% assign nom = valeur %}</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid variable name</source>
        <translation>&apos;%1&apos; n&apos;est pas un nom de variable valide</translation>
    </message>
    <message>
        <source>assign needs a value after &apos;=&apos;</source>
        <translation>assign attend une valeur après &apos;=&apos;</translation>
    </message>
    <message>
        <source>capture needs a variable name: {% capture name %}</source>
        <translation>capture attend un nom de variable&#xa0;: {% capture nom %}</translation>
    </message>
    <message>
        <source>%1 needs a counter name</source>
        <translation>%1 attend un nom de compteur</translation>
    </message>
    <message>
        <source>%1 needs a template name</source>
        <translation>%1 attend un nom de modèle</translation>
    </message>
    <message>
        <source>render needs the template name in quotes</source>
        <translation>render attend le nom du modèle entre guillemets</translation>
    </message>
    <message>
        <source>the name of an included template must be a string, not %1</source>
        <translation>le nom d&apos;un modèle inclus doit être une chaîne, pas %1</translation>
    </message>
    <message>
        <source>templates include each other more than %1 levels deep (console limit); does a partial include itself?</source>
        <translation>les modèles s&apos;incluent les uns les autres sur plus de %1 niveaux (limite de la console)&#xa0;; un partiel s&apos;inclut-il lui-même&#xa0;?</translation>
    </message>
</context>
<context>
    <name>LogicSteps</name>
    <message>
        <source>No: the workflow continues.</source>
        <translation>Non&#xa0;: le flux de travail continue.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <source>Fill in every value the naming pattern uses.</source>
        <translation>Renseignez toutes les valeurs qu&apos;utilise le modèle de nom.</translation>
    </message>
    <message>
        <source>The attribute name %1 is not valid: %2</source>
        <translation>Le nom d&apos;attribut %1 n&apos;est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>Change the naming pattern or the IDs.</source>
        <translation>Modifiez le modèle de nom ou les ID.</translation>
    </message>
    <message>
        <source>The attribute is %1.</source>
        <translation>L&apos;attribut est %1.</translation>
    </message>
    <message>
        <source>The webhook builder shows the %1 preset.</source>
        <translation>L&apos;éditeur de webhooks affiche le modèle prédéfini %1.</translation>
    </message>
    <message>
        <source>Open the webhook builder and choose the preset &quot;%1&quot; (braze-cli webhook --preset %1).</source>
        <translation>Ouvrez l&apos;éditeur de webhooks et choisissez le modèle prédéfini «&#xa0;%1&#xa0;» (braze-cli webhook --preset %1).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Espaces de travail</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Intégrations</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>Webhook templates</source>
        <translation>Modèles de webhook</translation>
    </message>
    <message>
        <source>Test users</source>
        <translation>Utilisateurs de test</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Journal des requêtes</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Braze Console</source>
        <translation>À &amp;propos de Braze Console</translation>
    </message>
    <message>
        <source>About Braze Console</source>
        <translation>À propos de Braze Console</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Braze Console %1&lt;/h3&gt;&lt;p&gt;Set up, preview and test Braze partner integrations: Quikly, SmarterSends, ActionIQ and Outgrow.&lt;/p&gt;&lt;p&gt;The built-in sandbox imitates Braze&apos;s REST API on this computer, so everything can be tried without a Braze account.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Braze Console %1&lt;/h3&gt;&lt;p&gt;Configurez, prévisualisez et testez les intégrations partenaires de Braze&#xa0;: Quikly, SmarterSends, ActionIQ et Outgrow.&lt;/p&gt;&lt;p&gt;Le bac à sable intégré imite l&apos;API REST de Braze sur cet ordinateur&#xa0;: vous pouvez donc tout essayer sans compte Braze.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>démarrage…</translation>
    </message>
    <message>
        <source>Workspace: %1 — %2</source>
        <translation>Espace de travail&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <source>%1 — Braze Console</source>
        <translation>%1 — Braze Console</translation>
    </message>
    <message>
        <source>The workspaces are saved.</source>
        <translation>Les espaces de travail sont enregistrés.</translation>
    </message>
    <message>
        <source>The new language is used from the next start of the console.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de la console.</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <source>Request composer</source>
        <translation>Éditeur de requêtes</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>Opens the user guide at the section about this page.</source>
        <translation>Ouvre le guide d&apos;utilisation à la section consacrée à cette page.</translation>
    </message>
    <message>
        <source>&amp;Start here</source>
        <translation>Pour &amp;commencer</translation>
    </message>
</context>
<context>
    <name>MappingSteps</name>
    <message>
        <source>%1 is mapped twice.</source>
        <translation>%1 est associé deux fois.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No mapped answer to send.</source>
        <translation>Aucune réponse associée à envoyer.</translation>
    </message>
    <message>
        <source>Add rows to the mapping, with sample answers or a sample response.</source>
        <translation>Ajoutez des lignes à la correspondance, avec des exemples de réponses ou un exemple de réponse complet.</translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s) to send.</source>
        <translation>
            <numerusform>%n attribut à envoyer.</numerusform>
            <numerusform>%n attributs à envoyer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n attribute(s) arrived as expected.</source>
        <translation>
            <numerusform>%n attribut est arrivé comme prévu.</numerusform>
            <numerusform>Les %n attributs sont arrivés comme prévu.</numerusform>
        </translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s) differ from what was sent.</source>
        <translation>
            <numerusform>%n attribut diffère de ce qui a été envoyé.</numerusform>
            <numerusform>%n attributs diffèrent de ce qui a été envoyé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchList</name>
    <message>
        <source>Open profile</source>
        <translation>Ouvrir le profil</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) share %1. Choose the one you mean; Braze&apos;s /users/track would update the most recently updated one that has an external ID.</source>
        <translation>
            <numerusform>%n profil partage %1. Choisissez celui qui vous intéresse&#xa0;; /users/track de Braze mettrait à jour le plus récemment modifié parmi ceux qui ont un ID externe.</numerusform>
            <numerusform>%n profils partagent %1. Choisissez celui qui vous intéresse&#xa0;; /users/track de Braze mettrait à jour le plus récemment modifié parmi ceux qui ont un ID externe.</numerusform>
        </translation>
    </message>
    <message>
        <source>alias-only, Braze ID %1</source>
        <translation>alias uniquement, ID Braze %1</translation>
    </message>
    <message>
        <source>external ID %1</source>
        <translation>ID externe %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Créé le %1</translation>
    </message>
</context>
<context>
    <name>MessagingSteps</name>
    <message>
        <source>Give a test user or a segment to send to.</source>
        <translation>Indiquez un utilisateur de test ou un segment destinataire.</translation>
    </message>
    <message>
        <source>Scheduled for %1 (schedule_id %2).</source>
        <translation>Planifié pour %1 (schedule_id %2).</translation>
    </message>
    <message>
        <source>Moved to %1.</source>
        <translation>Décalé à %1.</translation>
    </message>
    <message>
        <source>The scheduled message is cancelled.</source>
        <translation>Le message planifié est annulé.</translation>
    </message>
    <message>
        <source>Send ID %1 created.</source>
        <translation>ID d&apos;envoi %1 créé.</translation>
    </message>
    <message>
        <source>Campaign triggered (dispatch_id %1).</source>
        <translation>Campagne déclenchée (dispatch_id %1).</translation>
    </message>
    <message>
        <source>Braze accepted the trigger, but nobody enters the Canvas: %1</source>
        <translation>Braze a accepté le déclenchement, mais personne n’entre dans le Canvas&#xa0;: %1</translation>
    </message>
    <message>
        <source>Launch or resume the Canvas in Braze, then run the workflow again.</source>
        <translation>Lancez ou reprenez le Canvas dans Braze, puis relancez le workflow.</translation>
    </message>
    <message>
        <source>Canvas triggered (dispatch_id %1).</source>
        <translation>Canvas déclenché (dispatch_id %1).</translation>
    </message>
</context>
<context>
    <name>NotFoundPanel</name>
    <message>
        <source>Create alias-only profile</source>
        <translation>Créer un profil d&apos;alias uniquement</translation>
    </message>
    <message>
        <source>Alias name:</source>
        <translation>Nom de l&apos;alias&#xa0;:</translation>
    </message>
    <message>
        <source>Alias label:</source>
        <translation>Libellé de l&apos;alias&#xa0;:</translation>
    </message>
    <message>
        <source>No profile in this workspace has the %1. Check the spelling (alias names are case-sensitive), or create an alias-only profile to test with; it can be given an external ID later.</source>
        <translation>Aucun profil de cet espace de travail ne correspond à %1. Vérifiez l&apos;orthographe (les noms d&apos;alias sont sensibles à la casse) ou créez un profil d&apos;alias uniquement pour vos tests&#xa0;; vous pourrez lui attribuer un ID externe plus tard.</translation>
    </message>
</context>
<context>
    <name>ParamResolver</name>
    <message>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <source>Give a number of seconds between 0 and 86400.</source>
        <translation>Indiquez un nombre de secondes compris entre 0 et 86400.</translation>
    </message>
    <message>
        <source>Give a JSON object, e.g. {&quot;key&quot;: &quot;value&quot;}.</source>
        <translation>Indiquez un objet JSON, p. ex. {&quot;key&quot;: &quot;value&quot;}.</translation>
    </message>
    <message>
        <source>The workflow has no parameter &quot;%1&quot;.</source>
        <translation>Le flux de travail n&apos;a pas de paramètre «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>PartnerConfigStore</name>
    <message>
        <source>The partner settings in %1 cannot be read: %2</source>
        <translation>Impossible de lire les paramètres partenaire dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The partner settings in %1 are damaged or from a newer version; the defaults are shown instead.</source>
        <translation>Les paramètres partenaire de %1 sont endommagés ou proviennent d&apos;une version plus récente&#xa0;; les valeurs par défaut sont affichées à la place.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
</context>
<context>
    <name>PartnerLoader</name>
    <message>
        <source>%1: cannot be read.</source>
        <translation>%1&#xa0;: lecture impossible.</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2 at offset %3).</source>
        <translation>%1&#xa0;: ce n&apos;est pas un objet JSON (%2 à la position %3).</translation>
    </message>
    <message>
        <source>unknown text id &apos;%1&apos;</source>
        <translation>identifiant de texte inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the partner has no id</source>
        <translation>le partenaire n&apos;a pas d&apos;id</translation>
    </message>
    <message>
        <source>a permission requirement names no permission</source>
        <translation>une condition d&apos;autorisation ne nomme aucune autorisation</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation>champ inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>workflow ids must be unique and start with the partner id</source>
        <translation>les id de flux de travail doivent être uniques et commencer par l&apos;id du partenaire</translation>
    </message>
    <message>
        <source>step ids must be present and unique</source>
        <translation>les id d&apos;étape doivent être présents et uniques</translation>
    </message>
    <message>
        <source>unknown step type &apos;%1&apos;</source>
        <translation>type d&apos;étape inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the condition refers to &apos;%1&apos;, which is not an earlier step</source>
        <translation>la condition fait référence à &apos;%1&apos;, qui n&apos;est pas une étape précédente</translation>
    </message>
    <message>
        <source>a documentation link must be an https:// address: &apos;%1&apos;</source>
        <translation>un lien de documentation doit être une adresse https://&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Braze&apos;s partner page must be a path such as /partners/quikly/: &apos;%1&apos;</source>
        <translation>la page partenaire de Braze doit être un chemin comme /partners/quikly/&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>PartnerPage</name>
    <message>
        <source>Requirements</source>
        <translation>Conditions préalables</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Hand-off sheet</source>
        <translation>Fiche de transmission</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>Flux de travail</translation>
    </message>
    <message>
        <source>Not known: no API key is set up for this workspace.</source>
        <translation>Inconnu&#xa0;: aucune clé d’API n’est configurée pour cet espace de travail.</translation>
    </message>
    <message>
        <source>Being checked…</source>
        <translation>Vérification en cours…</translation>
    </message>
    <message>
        <source>Braze&apos;s answer did not tell (offline, or no harmless call checks it).</source>
        <translation>La réponse de Braze ne le dit pas (hors ligne, ou aucun appel sans effet ne le vérifie).</translation>
    </message>
    <message>
        <source>Not checked yet: use “Check the key again”.</source>
        <translation>Pas encore vérifié&#xa0;: utilisez «&#xa0;Vérifier à nouveau la clé&#xa0;».</translation>
    </message>
    <message>
        <source>Braze&apos;s page on %1</source>
        <translation>Page de Braze sur %1</translation>
    </message>
    <message>
        <source>Documentation: %1</source>
        <translation>Documentation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PartnerSettingsForm</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>kept in the keychain</source>
        <translation>conservée dans le trousseau</translation>
    </message>
    <message>
        <source>Use the sandbox&apos;s demo IDs</source>
        <translation>Utiliser les ID de démo du bac à sable</translation>
    </message>
    <message>
        <source>Fills in the IDs of the built-in sandbox&apos;s demo workspace, to rehearse without Braze.</source>
        <translation>Renseigne les ID de l&apos;espace de travail de démo du bac à sable intégré, pour vous entraîner sans Braze.</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Add at least one row.</source>
        <translation>Ajoutez au moins une ligne.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Pas encore enregistré.</translation>
    </message>
    <message>
        <source>Correct the marked fields first.</source>
        <translation>Corrigez d&apos;abord les champs signalés.</translation>
    </message>
    <message>
        <source>Saved for this workspace.</source>
        <translation>Enregistré pour cet espace de travail.</translation>
    </message>
    <message>
        <source>Check in Braze</source>
        <translation>Vérifier dans Braze</translation>
    </message>
    <message>
        <source>Asks Braze whether the workspace has this subscription group (a harmless read).</source>
        <translation>Demande à Braze si l&apos;espace de travail possède ce groupe d&apos;abonnement (simple lecture, sans risque).</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>✔ The workspace has this group.</source>
        <translation>✔ L&apos;espace de travail possède ce groupe.</translation>
    </message>
    <message>
        <source>✔ Braze confirmed it: the workspace has this group.</source>
        <translation>✔ Confirmé par Braze&#xa0;: l’espace de travail a ce groupe.</translation>
    </message>
    <message>
        <source>✘ Braze refused this value: %1</source>
        <translation>✘ Braze a refusé cette valeur&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Save a refused value?</source>
        <translation>Enregistrer une valeur refusée&#xa0;?</translation>
    </message>
    <message>
        <source>Braze refused this when it was checked:
%1

Save it anyway? It stays marked until Braze confirms it.</source>
        <translation>Braze a refusé ceci lors de la vérification&#xa0;:
%1

Enregistrer quand même&#xa0;? La valeur reste marquée jusqu’à ce que Braze la confirme.</translation>
    </message>
    <message>
        <source>Not saved: correct the value Braze refused, or save it anyway.</source>
        <translation>Non enregistré&#xa0;: corrigez la valeur refusée par Braze, ou enregistrez-la quand même.</translation>
    </message>
    <message>
        <source>%1 settings saved.</source>
        <translation>Paramètres %1 enregistrés.</translation>
    </message>
</context>
<context>
    <name>PermissionTableWidget</name>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Asks Braze again with calls that change nothing in your workspace.</source>
        <translation>Interroge à nouveau Braze avec des appels qui ne modifient rien dans votre espace de travail.</translation>
    </message>
    <message>
        <source>Checking the API key&apos;s permissions…</source>
        <translation>Vérification des autorisations de la clé d&apos;API…</translation>
    </message>
    <message>
        <source>Last checked %1. Hover over a row to see how.</source>
        <translation>Dernière vérification&#xa0;: %1. Survolez une ligne pour voir comment.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Pas encore de vérification.</translation>
    </message>
</context>
<context>
    <name>PersonalizationMenu</name>
    <message>
        <source>Insert personalization</source>
        <translation>Insérer une personnalisation</translation>
    </message>
    <message>
        <source>Other name…</source>
        <translation>Autre nom…</translation>
    </message>
    <message>
        <source>Name as in Braze:</source>
        <translation>Nom tel que dans Braze&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apparence&#xa0;:</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <comment>appearance</comment>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>&amp;Keep the request log between runs</source>
        <translation>&amp;Conserver le journal des requêtes d&apos;un lancement à l&apos;autre</translation>
    </message>
    <message>
        <source>Stored in the console&apos;s data folder without API keys or partner secrets, up to a few megabytes; the oldest requests are dropped first. Turning it off deletes the stored log.</source>
        <translation>Enregistré dans le dossier de données de la console, sans clés d&apos;API ni secrets de partenaires, jusqu&apos;à quelques mégaoctets&#xa0;; les requêtes les plus anciennes sont supprimées en premier. Désactiver l&apos;option supprime le journal enregistré.</translation>
    </message>
</context>
<context>
    <name>PreviewData</name>
    <message>
        <source>Folder with NAME.liquid files for {{content_blocks.${NAME}}} (they win over the workspace&apos;s blocks).</source>
        <translation>Dossier de fichiers NOM.liquid pour {{content_blocks.${NAME}}} (ils l&apos;emportent sur les blocs de l&apos;espace de travail).</translation>
    </message>
    <message>
        <source>JSON file with the items of each catalog (and its selections) for catalog_items and catalog_selection_items; README shows its shape.</source>
        <translation>Fichier JSON contenant les articles de chaque catalogue (et ses sélections) pour catalog_items et catalog_selection_items&#xa0;; le README en décrit la structure.</translation>
    </message>
    <message>
        <source>%1: the catalogs must be a JSON object. %2</source>
        <translation>%1&#xa0;: les catalogues doivent être un objet JSON. %2</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Fetch connected content calls in the preview</source>
        <translation>Exécuter les appels de contenu connecté dans l&apos;aperçu</translation>
    </message>
    <message>
        <source>connected_content calls go to third-party servers. They are listed but only performed when you allow it.</source>
        <translation>Les appels connected_content sont adressés à des serveurs tiers. Ils sont listés, mais exécutés uniquement si vous l&apos;autorisez.</translation>
    </message>
    <message>
        <source>This user would not be sent: %1</source>
        <translation>Cet utilisateur ne recevrait pas le message&#xa0;: %1</translation>
    </message>
    <message>
        <source>{% abort_message %} called</source>
        <translation>{% abort_message %} appelé</translation>
    </message>
    <message>
        <source>This user has no value for: %1 (rendered as nothing)</source>
        <translation>Cet utilisateur n&apos;a pas de valeur pour&#xa0;: %1 (rendu vide)</translation>
    </message>
    <message>
        <source>Rendered in %L1 ms</source>
        <translation>Rendu en %L1 ms</translation>
    </message>
    <message>
        <source>Attached to the send event: %1 = %2</source>
        <translation>Joint à l&apos;événement d&apos;envoi&#xa0;: %1 = %2</translation>
    </message>
    <message>
        <source>Promotion code from “%1”: %2 is a sample; Braze takes a real code from the list</source>
        <translation>Code promotionnel de «&#xa0;%1&#xa0;»&#xa0;: %2 est un exemple&#xa0;; Braze consomme un vrai code de la liste</translation>
    </message>
    <message>
        <source>Request line and headers</source>
        <translation>Ligne de requête et en-têtes de la requête</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Corps de la requête</translation>
    </message>
    <message>
        <source>Copy request</source>
        <translation>Copier la requête</translation>
    </message>
    <message>
        <source>Copy body</source>
        <translation>Copier le corps</translation>
    </message>
    <message>
        <source>Copies the method, URL, headers and body as shown here, partner secrets masked.</source>
        <translation>Copie la méthode, l’URL, les en-têtes et le corps tels qu’affichés ici, secrets des partenaires masqués.</translation>
    </message>
    <message>
        <source>Request copied to the clipboard, partner secrets masked.</source>
        <translation>Requête copiée dans le presse-papiers, secrets des partenaires masqués.</translation>
    </message>
    <message>
        <source>Request body copied to the clipboard.</source>
        <translation>Corps de la requête copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>Reads the workspace&apos;s Content Blocks and catalog items again, for a block or item changed in Braze since.</source>
        <translation>Relit les blocs de contenu et les articles de catalogue de l&apos;espace de travail, si un bloc ou un article a changé dans Braze depuis.</translation>
    </message>
    <message>
        <source>Reading Content Blocks and catalog items from the workspace…</source>
        <translation>Lecture des blocs de contenu et des articles de catalogue de l&apos;espace de travail…</translation>
    </message>
    <message>
        <source>Content Blocks and catalog items are read from the workspace when the template uses them.</source>
        <translation>Les blocs de contenu et les articles de catalogue sont lus dans l&apos;espace de travail dès que le modèle les utilise.</translation>
    </message>
    <message>
        <source>less than a minute ago</source>
        <translation>il y a moins d&apos;une minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>From the workspace: %1 and %2, read %3.</source>
        <extracomment>%1 is &quot;2 Content Blocks&quot;, %2 &quot;1 catalog item&quot;, %3 &quot;5 minutes ago&quot;</extracomment>
        <translation>De l&apos;espace de travail&#xa0;: %1 et %2, lus %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n Content Block(s)</source>
        <translation>
            <numerusform>%n bloc de contenu</numerusform>
            <numerusform>%n blocs de contenu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n catalog item(s)</source>
        <translation>
            <numerusform>%n article de catalogue</numerusform>
            <numerusform>%n articles de catalogue</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;tubs…</source>
        <translation>Réponses &amp;simulées…</translation>
    </message>
    <message>
        <source>Canned answers for connected_content calls, saved with the template: the preview works offline and can rehearse failures.</source>
        <translation>Réponses prédéfinies aux appels connected_content, enregistrées avec le modèle&#xa0;: l&apos;aperçu fonctionne hors ligne et peut répéter des échecs.</translation>
    </message>
</context>
<context>
    <name>PreviewUser</name>
    <message>
        <source>The export lists no user.</source>
        <translation>L&apos;export ne contient aucun utilisateur.</translation>
    </message>
    <message>
        <source>“%1” must be a JSON object.</source>
        <translation>«&#xa0;%1&#xa0;» doit être un objet JSON.</translation>
    </message>
    <message>
        <source>anonymous user</source>
        <translation>utilisateur anonyme</translation>
    </message>
</context>
<context>
    <name>PreviewUserPanel</name>
    <message>
        <source>Look up</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Pick another random user</source>
        <translation>Choisir un autre utilisateur aléatoire</translation>
    </message>
    <message>
        <source>Custom user</source>
        <translation>Utilisateur personnalisé</translation>
    </message>
    <message>
        <source>Existing user</source>
        <translation>Utilisateur existant</translation>
    </message>
    <message>
        <source>Random user</source>
        <translation>Utilisateur aléatoire</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>ID externe</translation>
    </message>
    <message>
        <source>Braze ID</source>
        <translation>ID Braze</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Alias label</source>
        <translation>Libellé de l&apos;alias</translation>
    </message>
    <message>
        <source>One user as users/export/ids returns it, plus event_properties, canvas_entry_properties and api_trigger_properties.</source>
        <translation>Un utilisateur tel que le renvoie users/export/ids, plus event_properties, canvas_entry_properties et api_trigger_properties.</translation>
    </message>
    <message>
        <source>Edit as custom user</source>
        <translation>Modifier comme utilisateur personnalisé</translation>
    </message>
    <message>
        <source>Preview as:</source>
        <translation>Aperçu en tant que&#xa0;:</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Recherche de %1…</translation>
    </message>
    <message>
        <source>Picking a random user…</source>
        <translation>Sélection d&apos;un utilisateur aléatoire…</translation>
    </message>
    <message>
        <source>The custom user is not a JSON object: %1 (character %2).</source>
        <translation>L&apos;utilisateur personnalisé n&apos;est pas un objet JSON&#xa0;: %1 (caractère %2).</translation>
    </message>
    <message>
        <source>custom user</source>
        <translation>utilisateur personnalisé</translation>
    </message>
    <message>
        <source>Previewing as %1 (%2)</source>
        <translation>Aperçu en tant que %1 (%2)</translation>
    </message>
    <message>
        <source>Saved test users</source>
        <translation>Utilisateurs de test enregistrés</translation>
    </message>
    <message>
        <source>Save test users on the Test users page to preview as them here in one click.</source>
        <translation>Enregistrez des utilisateurs de test sur la page Utilisateurs de test pour afficher ici, d&apos;un simple clic, l&apos;aperçu en tant que l&apos;un d&apos;eux.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Custom user as JSON</source>
        <translation>Utilisateur personnalisé en JSON</translation>
    </message>
</context>
<context>
    <name>ProbeCommand</name>
    <message>
        <source>Show which permissions the API key has (calls that change nothing)</source>
        <translation>Afficher les autorisations de la clé d&apos;API (appels qui ne modifient rien)</translation>
    </message>
    <message>
        <source>Checks which REST API permissions the key in BRAZE_API_KEY has, using only calls that change nothing in the workspace, and prints the table.</source>
        <translation>Vérifie de quelles autorisations d&apos;API REST dispose la clé de BRAZE_API_KEY, uniquement avec des appels qui ne modifient rien dans l&apos;espace de travail, et affiche le tableau.</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Requise par</translation>
    </message>
    <message>
        <source>%1: every permission it needs is granted.</source>
        <translation>%1&#xa0;: toutes les autorisations nécessaires sont accordées.</translation>
    </message>
    <message>
        <source>%1: not confirmed: %2</source>
        <translation>%1&#xa0;: non confirmées&#xa0;: %2</translation>
    </message>
    <message>
        <source>No permission could be checked: the endpoint did not answer any check.</source>
        <translation>Aucune autorisation n&apos;a pu être vérifiée&#xa0;: l&apos;endpoint n&apos;a répondu à aucune vérification.</translation>
    </message>
</context>
<context>
    <name>ProblemsView</name>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Line:Col</source>
        <translation>Ligne:Col</translation>
    </message>
</context>
<context>
    <name>ProfileDiff</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Première fois</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Dernière fois</translation>
    </message>
    <message>
        <source>Events, purchases, devices</source>
        <translation>Événements, achats, appareils</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>JSON brut</translation>
    </message>
    <message>
        <source>(none: alias-only profile)</source>
        <translation>(aucun&#xa0;: profil d&apos;alias uniquement)</translation>
    </message>
    <message>
        <source>alias (%1)</source>
        <translation>alias (%1)</translation>
    </message>
    <message>
        <source>Standard attributes</source>
        <translation>Attributs standard</translation>
    </message>
    <message>
        <source>Custom attributes</source>
        <translation>Attributs personnalisés</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>No subscription group has ever changed for this user.</source>
        <translation>Aucun groupe d&apos;abonnement n&apos;a jamais changé pour cet utilisateur.</translation>
    </message>
    <message>
        <source>global</source>
        <translation>global</translation>
    </message>
    <message>
        <source>(none in the last 90 days)</source>
        <translation>(aucun au cours des 90 derniers jours)</translation>
    </message>
    <message>
        <source>Custom events</source>
        <translation>Événements personnalisés</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Achats</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>Changed by the last action. Before: %1</source>
        <translation>Modifié par la dernière action. Avant&#xa0;: %1</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>(was %1)</source>
        <translation>(auparavant %1)</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Affiche l&apos;aide sur les options de la ligne de commande.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Affiche l&apos;aide, y compris les options propres à Qt.</translation>
    </message>
</context>
<context>
    <name>QueryTable</name>
    <message>
        <source>Add parameter</source>
        <translation>Ajouter un paramètre</translation>
    </message>
    <message>
        <source>Remove parameter</source>
        <translation>Supprimer le paramètre</translation>
    </message>
    <message>
        <source>Query parameters</source>
        <translation>Paramètres de requête</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>Kept in the keychain; only the partner can tell whether it is right.</source>
        <translation>Conservé dans le trousseau&#xa0;; seul le partenaire peut dire s’il est juste.</translation>
    </message>
    <message>
        <source>Not entered yet.</source>
        <translation>Pas encore saisi.</translation>
    </message>
    <message>
        <source>Not set yet.</source>
        <translation>Pas encore renseigné.</translation>
    </message>
    <message>
        <source>Braze confirmed it on %1.</source>
        <translation>Confirmé par Braze le %1.</translation>
    </message>
    <message>
        <source>Braze refused it: %1</source>
        <translation>Refusé par Braze&#xa0;: %1</translation>
    </message>
    <message>
        <source>Set, not checked in Braze yet: use “Check in Braze” on the Settings tab.</source>
        <translation>Renseigné, pas encore vérifié dans Braze&#xa0;: utilisez «&#xa0;Vérifier dans Braze&#xa0;» dans l’onglet Paramètres.</translation>
    </message>
    <message>
        <source>Set; Braze offers no way to check this value.</source>
        <translation>Renseigné&#xa0;; Braze n’offre aucun moyen de vérifier cette valeur.</translation>
    </message>
    <message>
        <source>Your part: the console cannot check it.</source>
        <translation>À vous de jouer&#xa0;: la console ne peut pas le vérifier.</translation>
    </message>
    <message>
        <source>The workspace has no REST endpoint.</source>
        <translation>L’espace de travail n’a pas d’endpoint REST.</translation>
    </message>
    <message>
        <source>%1 (the built-in sandbox on this computer, not Braze) answered on %2.</source>
        <translation>%1 (le bac à sable intégré de cet ordinateur, pas Braze) a répondu le %2.</translation>
    </message>
    <message>
        <source>%1 answered on %2.</source>
        <translation>%1 a répondu le %2.</translation>
    </message>
    <message>
        <source>%1 has not been contacted yet.</source>
        <translation>%1 n’a pas encore été contacté.</translation>
    </message>
    <message>
        <source>API key permission %1</source>
        <translation>Autorisation %1 de la clé d&apos;API</translation>
    </message>
    <message>
        <source>Braze accepted the key for it.</source>
        <translation>Braze a accepté la clé pour cela.</translation>
    </message>
    <message>
        <source>Braze refused the key for it: add the permission to the key in Braze (Settings › APIs and Identifiers).</source>
        <translation>Braze a refusé la clé pour cela&#xa0;: ajoutez l’autorisation à la clé dans Braze (Paramètres › API et identifiants).</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Pas encore vérifié.</translation>
    </message>
    <message>
        <source>%1: ready. Braze confirmed every requirement it can check.</source>
        <translation>%1&#xa0;: prêt. Braze a confirmé toutes les conditions qu’il peut vérifier.</translation>
    </message>
    <message>
        <source>✔ verified</source>
        <translation>✔ vérifié</translation>
    </message>
    <message>
        <source>your part</source>
        <translation>à votre charge</translation>
    </message>
    <message>
        <source>? not verified</source>
        <translation>? non vérifié</translation>
    </message>
    <message>
        <source>● set, not verified</source>
        <translation>● renseigné, non vérifié</translation>
    </message>
    <message>
        <source>● set</source>
        <translation>● renseigné</translation>
    </message>
    <message>
        <source>✘ refused</source>
        <translation>✘ refusé</translation>
    </message>
    <message>
        <source>optional, not set</source>
        <translation>facultatif, non renseigné</translation>
    </message>
    <message>
        <source>✘ missing</source>
        <translation>✘ manquant</translation>
    </message>
    <message numerus="yes">
        <source>%1 needs attention: %n requirement(s) missing or refused.</source>
        <translation>
            <numerusform>%1 est à corriger&#xa0;: %n condition manquante ou refusée.</numerusform>
            <numerusform>%1 est à corriger&#xa0;: %n conditions manquantes ou refusées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is not verified yet: Braze has not confirmed %n requirement(s).</source>
        <translation>
            <numerusform>%1 n’est pas encore vérifié&#xa0;: Braze n’a pas confirmé %n condition.</numerusform>
            <numerusform>%1 n’est pas encore vérifié&#xa0;: Braze n’a pas confirmé %n conditions.</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ verified — %1</source>
        <comment>why: when Braze confirmed it</comment>
        <translation>✔ vérifié – %1</translation>
    </message>
    <message>
        <source>your part — %1</source>
        <comment>why the console cannot check it</comment>
        <translation>à votre charge – %1</translation>
    </message>
    <message>
        <source>? not verified — %1</source>
        <comment>why the permission is not known</comment>
        <translation>? non vérifié – %1</translation>
    </message>
    <message>
        <source>● set, not verified — %1</source>
        <comment>why it is not verified</comment>
        <translation>● renseigné, non vérifié – %1</translation>
    </message>
    <message>
        <source>● set — %1</source>
        <comment>why it cannot be verified</comment>
        <translation>● renseigné – %1</translation>
    </message>
    <message>
        <source>✘ refused — %1</source>
        <comment>Braze&apos;s or the format check&apos;s answer</comment>
        <translation>✘ refusé – %1</translation>
    </message>
    <message>
        <source>optional, not set — %1</source>
        <comment>why it is not set</comment>
        <translation>facultatif, non renseigné – %1</translation>
    </message>
    <message>
        <source>✘ missing — %1</source>
        <comment>why it is missing</comment>
        <translation>✘ manquant – %1</translation>
    </message>
    <message>
        <source>✘ Refused: %1
    %2</source>
        <comment>a requirement, then on its own line why it was refused</comment>
        <translation>✘ Refusé&#xa0;: %1
    %2</translation>
    </message>
    <message>
        <source>✘ Missing: %1
    %2</source>
        <comment>a requirement, then on its own line why it counts as missing</comment>
        <translation>✘ Manquant&#xa0;: %1
    %2</translation>
    </message>
    <message>
        <source>● Not verified yet: %1
    %2</source>
        <comment>a requirement, then on its own line why it is not verified</comment>
        <translation>● Pas encore vérifié&#xa0;: %1
    %2</translation>
    </message>
</context>
<context>
    <name>RehearsalPanel</name>
    <message>
        <source>Rehearse delivery</source>
        <translation>Répéter la livraison</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>e.g. 503, 503, 200</source>
        <translation>p. ex. 503, 503, 200</translation>
    </message>
    <message>
        <source>What the sandbox&apos;s webhook receiver answers, one attempt after the other: HTTP statuses, drop (closes the connection) or hang (never answers). Afterwards it answers 200.</source>
        <translation>Ce que le récepteur de webhooks du sandbox répond, tentative après tentative&#xa0;: statuts HTTP, drop (coupe la connexion) ou hang (ne répond jamais). Ensuite il répond 200.</translation>
    </message>
    <message>
        <source>Real time</source>
        <translation>Temps réel</translation>
    </message>
    <message>
        <source>60 times faster</source>
        <translation>60 fois plus vite</translation>
    </message>
    <message>
        <source>600 times faster</source>
        <translation>600 fois plus vite</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>What Braze does</source>
        <translation>Ce que fait Braze</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>Envoyer à&#xa0;:</translation>
    </message>
    <message>
        <source>Receiver answers:</source>
        <translation>Le récepteur répond&#xa0;:</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Vitesse&#xa0;:</translation>
    </message>
    <message>
        <source>Braze counts a 2xx answer as delivered. It retries 408, 429, 5xx and endpoints that do not answer within 90 seconds, up to 5 times within 30 minutes, waiting longer each time; it does not follow redirects.</source>
        <translation>Braze compte une réponse 2xx comme livrée. Il réessaie pour 408, 429, 5xx et les endpoints qui ne répondent pas en 90 secondes, jusqu&apos;à 5 fois en 30 minutes, en attendant chaque fois plus longtemps&#xa0;; il ne suit pas les redirections.</translation>
    </message>
    <message>
        <source>The template&apos;s URL</source>
        <translation>L&apos;URL du modèle</translation>
    </message>
    <message>
        <source>The sandbox&apos;s webhook receiver (%1)</source>
        <translation>Le récepteur de webhooks du sandbox (%1)</translation>
    </message>
    <message>
        <source>Open a template first.</source>
        <translation>Ouvrez d&apos;abord un modèle.</translation>
    </message>
    <message>
        <source>The receiver&apos;s answers are HTTP statuses, drop or hang, separated by commas, e.g. 503, 503, 200.</source>
        <translation>Les réponses du récepteur sont des statuts HTTP, drop ou hang, séparés par des virgules, p. ex. 503, 503, 200.</translation>
    </message>
    <message>
        <source>Choose a workspace first.</source>
        <translation>Choisissez d&apos;abord un espace de travail.</translation>
    </message>
    <message>
        <source>Telling the sandbox&apos;s receiver what to answer…</source>
        <translation>Le récepteur du sandbox reçoit les réponses à donner…</translation>
    </message>
    <message>
        <source>The sandbox&apos;s receiver could not be set up: %1</source>
        <translation>Le récepteur du sandbox n&apos;a pas pu être configuré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Attempt %1 of at most %2 is under way (%3 into the rehearsal)…</source>
        <translation>Tentative %1 sur %2 au plus en cours (%3 depuis le début de la répétition)…</translation>
    </message>
    <message>
        <source>counts it as delivered</source>
        <translation>le compte comme livré</translation>
    </message>
    <message>
        <source>waits %1, then tries again</source>
        <translation>attend %1, puis réessaie</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>gives up</source>
        <translation>abandonne</translation>
    </message>
    <message>
        <source>HTTP %1 after %2 ms</source>
        <translation>HTTP %1 après %2 ms</translation>
    </message>
</context>
<context>
    <name>RenderCommand</name>
    <message>
        <source>Render a Liquid template with JSON data, as Braze would</source>
        <translation>Effectuer le rendu d&apos;un modèle Liquid avec des données JSON, comme le ferait Braze</translation>
    </message>
    <message>
        <source>Renders a Braze Liquid template. Output goes to stdout; errors to stderr as FILE:LINE:COL: message.</source>
        <translation>Effectue le rendu d&apos;un modèle Liquid Braze. La sortie va sur stdout&#xa0;; les erreurs sur stderr, sous la forme FICHIER:LIGNE:COL: message.</translation>
    </message>
    <message>
        <source>The Liquid template file.</source>
        <translation>Le fichier du modèle Liquid.</translation>
    </message>
    <message>
        <source>JSON object with the variables (user attributes, custom_attribute, event_properties...).</source>
        <translation>Objet JSON contenant les variables (attributs utilisateur, custom_attribute, event_properties…).</translation>
    </message>
    <message>
        <source>Folder with NAME.liquid files for include/render.</source>
        <translation>Dossier contenant les fichiers NOM.liquid pour include/render.</translation>
    </message>
    <message>
        <source>Strict parsing: reject malformed expressions and unknown filters.</source>
        <translation>Analyse stricte&#xa0;: rejeter les expressions mal formées et les filtres inconnus.</translation>
    </message>
    <message>
        <source>Treat variables that are not in the data as errors.</source>
        <translation>Traiter comme des erreurs les variables absentes des données.</translation>
    </message>
    <message>
        <source>braze-cli render: --template FILE is required.</source>
        <translation>braze-cli render&#xa0;: --template FICHIER est obligatoire.</translation>
    </message>
    <message>
        <source>%1: the data must be a JSON object. %2</source>
        <translation>%1&#xa0;: les données doivent être un objet JSON. %2</translation>
    </message>
    <message>
        <source>%1: aborted: %2</source>
        <translation>%1&#xa0;: interrompu&#xa0;: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1:%2:%3: this is not UTF-8 (byte %4 of the file). Save the file as UTF-8.</source>
        <translation>%1:%2:%3&#xa0;: ce n&apos;est pas de l&apos;UTF-8 (octet %4 du fichier). Enregistrez le fichier en UTF-8.</translation>
    </message>
    <message>
        <source>%1: connected_content %2 was not fetched: %3</source>
        <translation>%1&#xa0;: connected_content %2 n&apos;a pas été récupéré&#xa0;: %3</translation>
    </message>
    <message>
        <source>message_extras: %1 = %2</source>
        <translation>message_extras&#xa0;: %1 = %2</translation>
    </message>
    <message>
        <source>promotion code from “%1”: %2 is a sample; Braze takes a real code from the list</source>
        <translation>code promotionnel de «&#xa0;%1&#xa0;»&#xa0;: %2 est un exemple&#xa0;; Braze consomme un vrai code de la liste</translation>
    </message>
</context>
<context>
    <name>ReplayPlan</name>
    <message>
        <source>It updates user profiles again (attribute objects: %1, events: %2, purchases: %3). Events and purchases are recorded a second time.</source>
        <translation>Elle met à jour les profils utilisateur une nouvelle fois (objets d&apos;attributs&#xa0;: %1, événements&#xa0;: %2, achats&#xa0;: %3). Les événements et les achats sont enregistrés une seconde fois.</translation>
    </message>
    <message numerus="yes">
        <source>It deletes %n user profile(s) for good.</source>
        <translation>
            <numerusform>Elle supprime définitivement %n profil utilisateur.</numerusform>
            <numerusform>Elle supprime définitivement %n profils utilisateur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It adds %n alias(es) to user profiles.</source>
        <translation>
            <numerusform>Elle ajoute %n alias aux profils utilisateur.</numerusform>
            <numerusform>Elle ajoute %n alias aux profils utilisateur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It merges %n alias-only profile(s) into identified profiles.</source>
        <translation>
            <numerusform>Elle fusionne %n profil alias uniquement avec des profils identifiés.</numerusform>
            <numerusform>Elle fusionne %n profils alias uniquement avec des profils identifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>It changes subscription states of users again.</source>
        <translation>Elle modifie à nouveau les statuts d&apos;abonnement d&apos;utilisateurs.</translation>
    </message>
    <message>
        <source>It sends the message again: recipients get it a second time.</source>
        <translation>Elle envoie le message à nouveau&#xa0;: les destinataires le reçoivent une seconde fois.</translation>
    </message>
    <message>
        <source>It creates, changes or deletes a scheduled message again.</source>
        <translation>Elle crée, modifie ou supprime à nouveau un message planifié.</translation>
    </message>
    <message>
        <source>It creates another send ID (Braze allows 100 a day per workspace).</source>
        <translation>Elle crée un autre ID d&apos;envoi (Braze en autorise 100 par jour et par espace de travail).</translation>
    </message>
    <message>
        <source>It may change data in the workspace.</source>
        <translation>Elle peut modifier des données de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>It only reads; nothing is changed.</source>
        <translation>Elle ne fait que lire&#xa0;; rien n&apos;est modifié.</translation>
    </message>
    <message>
        <source>The console has no connection to “%1” in this run. Make it the active workspace, then send again.</source>
        <translation>La console n&apos;est pas connectée à «&#xa0;%1&#xa0;» pendant cette session. Faites-en l&apos;espace de travail actif, puis renvoyez la requête.</translation>
    </message>
    <message>
        <source>No workspace is connected. Choose one on the Workspaces page.</source>
        <translation>Aucun espace de travail n&apos;est connecté. Choisissez-en un sur la page «&#xa0;Espaces de travail&#xa0;».</translation>
    </message>
    <message>
        <source>This request went to a partner, not to Braze; it can only be sent to the same address again.</source>
        <translation>Cette requête est allée à un partenaire, pas à Braze&#xa0;; elle ne peut être renvoyée qu&apos;à la même adresse.</translation>
    </message>
    <message>
        <source>The log does not keep the partner secret this request carried. Send it again from the page that sent it.</source>
        <translation>Le journal ne conserve pas le secret de partenaire que portait cette requête. Renvoyez-la depuis la page qui l&apos;a envoyée.</translation>
    </message>
    <message>
        <source>The log kept only the beginning of this request&apos;s body, so it cannot be sent again.</source>
        <translation>Le journal n&apos;a conservé que le début du corps de cette requête&#xa0;; elle ne peut donc pas être renvoyée.</translation>
    </message>
</context>
<context>
    <name>ReportSteps</name>
    <message numerus="yes">
        <source>%1: %n day(s) of data.</source>
        <translation>
            <numerusform>%1&#xa0;: %n jour de données.</numerusform>
            <numerusform>%1&#xa0;: %n jours de données.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace has no segments.</source>
        <translation>L&apos;espace de travail n&apos;a aucun segment.</translation>
    </message>
    <message>
        <source>Create a segment in Braze first.</source>
        <translation>Créez d&apos;abord un segment dans Braze.</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s): %1</source>
        <translation>
            <numerusform>%n segment&#xa0;: %1</numerusform>
            <numerusform>%n segments&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Segment size</source>
        <translation>Taille du segment</translation>
    </message>
    <message>
        <source>Send statistics</source>
        <translation>Statistiques d&apos;envoi</translation>
    </message>
</context>
<context>
    <name>RequestCompareDialog</name>
    <message>
        <source>Only differences</source>
        <translation>Différences uniquement</translation>
    </message>
    <message>
        <source>Compare requests</source>
        <translation>Comparer les requêtes</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <source>The two requests and their answers are the same.</source>
        <translation>Les deux requêtes et leurs réponses sont identiques.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ.</source>
        <translation>
            <numerusform>%n champ diffère.</numerusform>
            <numerusform>%n champs diffèrent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestLog</name>
    <message>
        <source>(shortened in the log)</source>
        <translation>(abrégé dans le journal)</translation>
    </message>
</context>
<context>
    <name>RequestLogFilterBar</name>
    <message>
        <source>Search method, path, bodies and status (Ctrl+F)</source>
        <translation>Rechercher dans la méthode, le chemin, les corps et le statut (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the request log</source>
        <translation>Rechercher dans le journal des requêtes</translation>
    </message>
    <message>
        <source>All answers</source>
        <translation>Toutes les réponses</translation>
    </message>
    <message>
        <source>Success (2xx)</source>
        <translation>Succès (2xx)</translation>
    </message>
    <message>
        <source>Refused (4xx)</source>
        <translation>Refusées (4xx)</translation>
    </message>
    <message>
        <source>Server errors (5xx)</source>
        <translation>Erreurs serveur (5xx)</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toute période</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>15 dernières minutes</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Since the console started</source>
        <translation>Depuis le lancement de la console</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation>Entre…</translation>
    </message>
    <message>
        <source>The requests the console sends at start-up to find out which permissions the API key has. Refusals among them are expected and change nothing.</source>
        <translation>Les requêtes que la console envoie au démarrage pour savoir de quelles autorisations dispose la clé d&apos;API. Les refus parmi elles sont attendus et ne modifient rien.</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Espace de travail&#xa0;:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Réponse&#xa0;:</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Endpoint&#xa0;:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <source>All workspaces</source>
        <translation>Tous les espaces de travail</translation>
    </message>
    <message>
        <source>All endpoints</source>
        <translation>Tous les endpoints</translation>
    </message>
    <message numerus="yes">
        <source>Show permission checks (%n)</source>
        <translation>
            <numerusform>Afficher la vérification des autorisations (%n)</numerusform>
            <numerusform>Afficher les vérifications des autorisations (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n requête</numerusform>
            <numerusform>%n requêtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s) match</source>
        <translation>
            <numerusform>%1 requête sur %n correspond</numerusform>
            <numerusform>%1 requêtes sur %n correspondent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestLogPage</name>
    <message>
        <source>Include API key</source>
        <translation>Inclure la clé d&apos;API</translation>
    </message>
    <message>
        <source>Copy as cURL</source>
        <translation>Copier en tant que cURL</translation>
    </message>
    <message>
        <source>Select a request to see its headers and bodies.</source>
        <translation>Sélectionnez une requête pour afficher ses en-têtes et ses corps.</translation>
    </message>
    <message>
        <source>Puts the workspace&apos;s API key into the copied command. Leave it off to paste the command safely; the command then reads the key from $BRAZE_API_KEY.</source>
        <translation>Insère la clé d&apos;API de l&apos;espace de travail dans la commande copiée. Laissez cette option désactivée pour coller la commande en toute sécurité&#xa0;; elle lira alors la clé dans $BRAZE_API_KEY.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Workspace: %1 · attempt %2 · %3 ms</source>
        <translation>Espace de travail&#xa0;: %1 · tentative %2 · %3 ms</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>En-têtes de la requête</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Corps de la requête</translation>
    </message>
    <message>
        <source>Response %1</source>
        <translation>Réponse %1</translation>
    </message>
    <message>
        <source>Copied, with the API key: do not share it.</source>
        <translation>Copié, avec la clé d&apos;API&#xa0;: ne le partagez pas.</translation>
    </message>
    <message>
        <source>Copied. Set BRAZE_API_KEY in your shell before running it.</source>
        <translation>Copié. Définissez BRAZE_API_KEY dans votre shell avant de l&apos;exécuter.</translation>
    </message>
    <message>
        <source>Export request log</source>
        <translation>Exporter le journal des requêtes</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n request(s) to %1.</source>
        <translation>
            <numerusform>%n requête exportée vers %1.</numerusform>
            <numerusform>%n requêtes exportées vers %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rate limit: %n of %1 left</source>
        <translation>
            <numerusform>Limite de débit&#xa0;: %n restant sur %1</numerusform>
            <numerusform>Limite de débit&#xa0;: %n restants sur %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Copy as HTTPie</source>
        <translation>Copier en tant que HTTPie</translation>
    </message>
    <message>
        <source>Copy response</source>
        <translation>Copier la réponse</translation>
    </message>
    <message>
        <source>Select two requests (Ctrl+click), or one sent again, to see them side by side.</source>
        <translation>Sélectionnez deux requêtes (Ctrl+clic), ou une requête renvoyée, pour les voir côte à côte.</translation>
    </message>
    <message>
        <source>To the active workspace, “%1”</source>
        <translation>Vers l&apos;espace de travail actif, «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>To the active workspace</source>
        <translation>Vers l&apos;espace de travail actif</translation>
    </message>
    <message>
        <source>To “%1”, where it was sent</source>
        <translation>Vers «&#xa0;%1&#xa0;», où elle a été envoyée</translation>
    </message>
    <message>
        <source>Response body copied.</source>
        <translation>Corps de la réponse copié.</translation>
    </message>
    <message>
        <source>Send %1 again to “%2”?</source>
        <translation>Renvoyer %1 à «&#xa0;%2&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>The permission check found that the API key of “%1” lacks the permission %2: Braze will most likely refuse the request.</source>
        <translation>D&apos;après la vérification des autorisations, la clé d&apos;API de «&#xa0;%1&#xa0;» n&apos;a pas l&apos;autorisation %2&#xa0;: Braze refusera très probablement la requête.</translation>
    </message>
    <message>
        <source>Sending %1 again to “%2”…</source>
        <translation>Renvoi de %1 à «&#xa0;%2&#xa0;»…</translation>
    </message>
    <message>
        <source>%1 sent again: answer %2. “Compare” shows it next to the original.</source>
        <translation>%1 renvoyée&#xa0;: réponse %2. «&#xa0;Comparer&#xa0;» l&apos;affiche à côté de l&apos;original.</translation>
    </message>
    <message>
        <source>%1 sent again: %2</source>
        <translation>%1 renvoyée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Origin: %1</source>
        <translation>Origine&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sent again from the request of %1; “Compare” shows both.</source>
        <translation>Renvoyée à partir de la requête de %1&#xa0;; «&#xa0;Comparer&#xa0;» affiche les deux.</translation>
    </message>
    <message>
        <source>Sent again from a request no longer in the log.</source>
        <translation>Renvoyée à partir d&apos;une requête qui n&apos;est plus dans le journal.</translation>
    </message>
    <message>
        <source>This request belongs to the start-up permission check: a refusal only means the API key lacks that permission. Nothing was changed.</source>
        <translation>Cette requête fait partie de la vérification des autorisations au démarrage&#xa0;: un refus signifie seulement que la clé d&apos;API n&apos;a pas cette autorisation. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Request and answer</source>
        <translation>Requête et réponse</translation>
    </message>
    <message>
        <source>Open in composer</source>
        <translation>Ouvrir dans l’éditeur</translation>
    </message>
    <message>
        <source>Edit this request in the Request composer and send it from there.</source>
        <translation>Modifier cette requête dans l’éditeur de requêtes et l’envoyer depuis celui-ci.</translation>
    </message>
</context>
<context>
    <name>RequestPreview</name>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Request that will be sent:</source>
        <translation>Requête qui sera envoyée&#xa0;:</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
</context>
<context>
    <name>RequirementsView</name>
    <message>
        <source>Check the key again</source>
        <translation>Vérifier à nouveau la clé</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Sends harmless requests that change nothing in Braze to find out what the key may do.</source>
        <translation>Envoie des requêtes sans risque, qui ne modifient rien dans Braze, pour déterminer ce que la clé est autorisée à faire.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>The permissions cannot be checked: no API key is set up for this workspace.</source>
        <translation>Impossible de vérifier les autorisations&#xa0;: aucune clé d&apos;API n&apos;est configurée pour cet espace de travail.</translation>
    </message>
    <message>
        <source>Last checked %1.</source>
        <translation>Dernière vérification&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Pas encore de vérification.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Conditions préalables</translation>
    </message>
</context>
<context>
    <name>ResponseView</name>
    <message>
        <source>Response body</source>
        <translation>Corps de la réponse</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>En-têtes de la réponse</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>The answer appears here after Send (Ctrl+Return).</source>
        <translation>La réponse s’affiche ici après «&#xa0;Envoyer&#xa0;» (Ctrl+Entrée).</translation>
    </message>
    <message numerus="yes">
        <source>%1 ms, %n attempt(s)</source>
        <translation>
            <numerusform>%1&#xa0;ms, %n tentative</numerusform>
            <numerusform>%1&#xa0;ms, %n tentatives</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer %1 after %2.</source>
        <translation>Réponse %1 après %2.</translation>
    </message>
    <message>
        <source>No answer after %1.</source>
        <translation>Aucune réponse après %1.</translation>
    </message>
</context>
<context>
    <name>RowPresenceCommand</name>
    <message>
        <source>Add row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Retirer la ligne</translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>Run a partner workflow (quikly.email-acquisition, ...) and print each step</source>
        <translation>Exécuter un flux de travail partenaire (quikly.email-acquisition, …) et afficher chaque étape</translation>
    </message>
    <message>
        <source>The workflow, e.g. quikly.sms-subscription.</source>
        <translation>Le flux de travail, p. ex. quikly.sms-subscription.</translation>
    </message>
    <message>
        <source>List the workflows and their parameters.</source>
        <translation>Lister les flux de travail et leurs paramètres.</translation>
    </message>
    <message>
        <source>A workflow parameter (repeatable).</source>
        <translation>Un paramètre du flux de travail (répétable).</translation>
    </message>
    <message>
        <source>name=value</source>
        <translation>nom=valeur</translation>
    </message>
    <message>
        <source>A partner setting (repeatable); tables as JSON.</source>
        <translation>Un paramètre partenaire (répétable)&#xa0;; les tableaux en JSON.</translation>
    </message>
    <message>
        <source>Start from the IDs of the sandbox&apos;s demo workspace.</source>
        <translation>Partir des ID de l&apos;espace de travail de démo du bac à sable.</translation>
    </message>
    <message>
        <source>There is no workflow &quot;%1&quot;; braze-cli run --list shows them.</source>
        <translation>Il n&apos;existe pas de flux de travail «&#xa0;%1&#xa0;»&#xa0;; braze-cli run --list les affiche.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not name=value.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas de la forme nom=valeur.</translation>
    </message>
    <message>
        <source>--param %1: %2</source>
        <translation>--param %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> (expected %1)</source>
        <translation> (attendu&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Verdict: %1 — %2 (%3 ms)</source>
        <translation>Verdict&#xa0;: %1 — %2 (%3 ms)</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Runs one partner workflow and prints each step and the verdict: against the active workspace (the built-in sandbox when none is set up), the one named with --workspace, or the endpoint given with --endpoint.
With --endpoint the API key is read from the environment variable BRAZE_API_KEY; a saved workspace&apos;s key comes from BRAZE_API_KEY or else the keychain. The workspace&apos;s saved partner settings apply.</source>
        <translation>Exécute un flux de travail de partenaire et affiche chaque étape et le verdict&#xa0;: sur l’espace de travail actif (le bac à sable intégré si aucun n’est configuré), sur celui nommé avec --workspace, ou sur l’endpoint indiqué avec --endpoint.
Avec --endpoint, la clé d’API est lue dans la variable d’environnement BRAZE_API_KEY&#xa0;; celle d’un espace de travail enregistré vient de BRAZE_API_KEY ou, à défaut, du trousseau. Les paramètres de partenaire enregistrés pour l’espace de travail s’appliquent.</translation>
    </message>
    <message>
        <source>Give one workflow; see braze-cli run --help and braze-cli run --list.</source>
        <translation>Indiquez un flux de travail&#xa0;; voir braze-cli run --help et braze-cli run --list.</translation>
    </message>
    <message>
        <source>Workspace: %1 (the built-in sandbox)</source>
        <translation>Espace de travail&#xa0;: %1 (le bac à sable intégré)</translation>
    </message>
    <message>
        <source>Workspace: %1 (%2)</source>
        <translation>Espace de travail&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Workspace: %1 (the built-in sandbox the console is running, %2)</source>
        <translation>Espace de travail&#xa0;: %1 (le bac à sable intégré de la console en cours d’exécution, %2)</translation>
    </message>
</context>
<context>
    <name>Sandbox::SandboxHost</name>
    <message>
        <source>The sandbox cannot listen on %1 port %2; the port may be in use.</source>
        <translation>Le bac à sable ne peut pas écouter sur %1, port %2&#xa0;; le port est peut-être déjà utilisé.</translation>
    </message>
</context>
<context>
    <name>Sandbox::StateFileLock</name>
    <message>
        <source>The sandbox&apos;s state file %1 is in use by %2 (process %3). Close it or wait until it ends, then try again.</source>
        <translation>Le fichier d’état du bac à sable %1 est utilisé par %2 (processus %3). Fermez ce programme ou attendez qu’il se termine, puis réessayez.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>un autre programme</translation>
    </message>
    <message>
        <source>The sandbox&apos;s state file %1 cannot be locked (%2): check that its folder is writable.</source>
        <translation>Impossible de verrouiller le fichier d’état du bac à sable %1 (%2)&#xa0;: vérifiez que son dossier est accessible en écriture.</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>accès refusé</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
</context>
<context>
    <name>Sandbox::WebhookAnswers</name>
    <message>
        <source>Each answer must be an object such as {&quot;status&quot;: 503}.</source>
        <translation>Chaque réponse doit être un objet tel que {&quot;status&quot;: 503}.</translation>
    </message>
    <message>
        <source>&quot;status&quot; must be an HTTP status between 100 and 599.</source>
        <translation>&quot;status&quot; doit être un statut HTTP entre 100 et 599.</translation>
    </message>
    <message>
        <source>An answer needs a &quot;status&quot;, &quot;drop&quot;: true or &quot;hang&quot;: true.</source>
        <translation>Une réponse a besoin de &quot;status&quot;, &quot;drop&quot;: true ou &quot;hang&quot;: true.</translation>
    </message>
    <message>
        <source>&quot;delay_ms&quot; must be a number of milliseconds between 0 and 600000.</source>
        <translation>&quot;delay_ms&quot; doit être un nombre de millisecondes entre 0 et 600000.</translation>
    </message>
    <message>
        <source>&quot;answers&quot; must be an array of at most %1 answers.</source>
        <translation>&quot;answers&quot; doit être un tableau d&apos;au plus %1 réponses.</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>Run a local imitation of the Braze REST API with demo data and fault injection</source>
        <translation>Lancer une imitation locale de l&apos;API REST de Braze avec des données de démo et l&apos;injection de pannes</translation>
    </message>
    <message>
        <source>Runs the Braze sandbox until Ctrl+C. Control endpoints live under /_sandbox/ (keys, faults, config, reset, state, requests, sent, webhooks/&lt;any&gt;).</source>
        <translation>Exécute le bac à sable Braze jusqu&apos;à Ctrl+C. Les endpoints de contrôle se trouvent sous /_sandbox/ (keys, faults, config, reset, state, requests, sent, webhooks/&lt;any&gt;).</translation>
    </message>
    <message>
        <source>TCP port (default 8765; 0 picks a free one).</source>
        <translation>Port TCP (8765 par défaut&#xa0;; 0 en choisit un libre).</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1). Other addresses expose a server without limits or timeouts.</source>
        <translation>Adresse d&apos;écoute (127.0.0.1 par défaut). Toute autre adresse expose un serveur sans limites ni délais d&apos;expiration.</translation>
    </message>
    <message>
        <source>Keep the workspace in this JSON file, so it survives a restart.</source>
        <translation>Conserver l&apos;espace de travail dans ce fichier JSON, pour qu&apos;il survive à un redémarrage.</translation>
    </message>
    <message>
        <source>Starting data when there is no state file: demo (default) or empty.</source>
        <translation>Données de départ en l&apos;absence de fichier d&apos;état&#xa0;: demo (par défaut) ou empty.</translation>
    </message>
    <message>
        <source>Multiply every rate limit by X (e.g. 0.001 for tests).</source>
        <translation>Multiplier chaque limite de débit par X (p. ex. 0.001 pour les tests).</translation>
    </message>
    <message>
        <source>users/track object limit: per_array_75, combined_75 or combined_50.</source>
        <translation>Limite d&apos;objets de users/track&#xa0;: per_array_75, combined_75 ou combined_50.</translation>
    </message>
    <message>
        <source>Milliseconds before a new profile can be read or subscribed.</source>
        <translation>Millisecondes avant qu&apos;un nouveau profil puisse être lu ou abonné.</translation>
    </message>
    <message>
        <source>Custom event name that starts SMS double opt-in.</source>
        <translation>Nom de l&apos;événement personnalisé qui lance le double opt-in SMS.</translation>
    </message>
    <message>
        <source>Milliseconds until a pending double opt-in becomes subscribed.</source>
        <translation>Millisecondes avant qu&apos;un double opt-in en attente passe à l&apos;état abonné.</translation>
    </message>
    <message>
        <source>Fault: delay every API answer by MS milliseconds.</source>
        <translation>Panne&#xa0;: retarder chaque réponse de l&apos;API de MS millisecondes.</translation>
    </message>
    <message>
        <source>Fault: share (0..1) of API requests answered with a 5xx error.</source>
        <translation>Panne&#xa0;: proportion (0..1) des requêtes d&apos;API qui reçoivent une erreur 5xx.</translation>
    </message>
    <message>
        <source>Fault: the 5xx status to use (default 503).</source>
        <translation>Panne&#xa0;: le statut 5xx à utiliser (503 par défaut).</translation>
    </message>
    <message>
        <source>Fault: share of API requests answered 429 (a 429 storm).</source>
        <translation>Panne&#xa0;: proportion des requêtes d&apos;API qui reçoivent un 429 (tempête de 429).</translation>
    </message>
    <message>
        <source>Fault: share of connections closed without an answer.</source>
        <translation>Panne&#xa0;: proportion des connexions fermées sans réponse.</translation>
    </message>
    <message>
        <source>Fault: share of answers that are an HTML 502 page instead of JSON.</source>
        <translation>Panne&#xa0;: proportion des réponses constituées d&apos;une page HTML 502 au lieu de JSON.</translation>
    </message>
    <message>
        <source>Fault: share of answers cut off halfway.</source>
        <translation>Panne&#xa0;: proportion des réponses coupées à mi-chemin.</translation>
    </message>
    <message>
        <source>Fault: share of answers sent a few bytes at a time.</source>
        <translation>Panne&#xa0;: proportion des réponses envoyées quelques octets à la fois.</translation>
    </message>
    <message>
        <source>Do not log each request.</source>
        <translation>Ne pas journaliser chaque requête.</translation>
    </message>
    <message>
        <source>braze-cli sandbox: --port needs a number from 0 to 65535.</source>
        <translation>braze-cli sandbox&#xa0;: --port attend un nombre de 0 à 65535.</translation>
    </message>
    <message>
        <source>braze-cli sandbox: --bind needs an IP address such as 127.0.0.1.</source>
        <translation>braze-cli sandbox&#xa0;: --bind attend une adresse IP, p. ex. 127.0.0.1.</translation>
    </message>
    <message>
        <source>braze-cli sandbox: --seed must be demo or empty.</source>
        <translation>braze-cli sandbox&#xa0;: --seed doit valoir demo ou empty.</translation>
    </message>
    <message>
        <source>braze-cli sandbox: --%1 needs a number.</source>
        <translation>braze-cli sandbox&#xa0;: --%1 attend un nombre.</translation>
    </message>
    <message>
        <source>Warning: the sandbox is reachable from other machines. It has no request size limits or timeouts; use it only on a trusted network.</source>
        <translation>Attention&#xa0;: le bac à sable est accessible depuis d&apos;autres machines. Il n&apos;a ni limite de taille des requêtes ni délai d&apos;expiration&#xa0;; ne l&apos;utilisez que sur un réseau de confiance.</translation>
    </message>
    <message>
        <source>Braze sandbox listening on %1</source>
        <translation>Bac à sable Braze à l&apos;écoute sur %1</translation>
    </message>
    <message>
        <source>Demo API keys (fake; they only work here):</source>
        <translation>Clés d&apos;API de démo (fictives&#xa0;; elles ne fonctionnent qu&apos;ici)&#xa0;:</translation>
    </message>
    <message>
        <source>  (revoked)</source>
        <translation>  (révoquée)</translation>
    </message>
    <message>
        <source>all permissions</source>
        <translation>toutes les autorisations</translation>
    </message>
    <message>
        <source>; only from %1</source>
        <translation>&#xa0;; uniquement depuis %1</translation>
    </message>
    <message>
        <source>Control API: %1/_sandbox/ (keys, faults, config, reset, state, requests, sent, webhooks/&lt;any&gt;). Ctrl+C stops.</source>
        <translation>API de contrôle&#xa0;: %1/_sandbox/ (keys, faults, config, reset, state, requests, sent, webhooks/&lt;any&gt;). Ctrl+C pour arrêter.</translation>
    </message>
</context>
<context>
    <name>SandboxConfig</name>
    <message>
        <source>The setting &apos;%1&apos; has a value of the wrong type or range.</source>
        <translation>Le paramètre «&#xa0;%1&#xa0;» a une valeur d&apos;un type incorrect ou hors limites.</translation>
    </message>
</context>
<context>
    <name>SaveProblemBar</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
</context>
<context>
    <name>SecretsPanel</name>
    <message>
        <source>stored (hidden)</source>
        <translation>enregistrée (masquée)</translation>
    </message>
    <message>
        <source>not set: paste the value from your partner</source>
        <translation>non définie&#xa0;: collez la valeur fournie par votre partenaire</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Partner secrets such as Quikly&apos;s authorization are kept in the keychain, never in the template: refer to one in a header as %1. A value saved on a partner&apos;s Settings tab, such as Quikly&apos;s q_scope, is referred to as %2.</source>
        <translation>Les secrets partenaires, comme la valeur d’autorisation de Quikly, sont conservés dans le trousseau, jamais dans le modèle&#xa0;: faites-y référence dans un en-tête avec %1. Une valeur enregistrée dans l’onglet Paramètres d’un partenaire, comme le q_scope de Quikly, s’écrit %2.</translation>
    </message>
    <message>
        <source>not saved: enter it on the partner&apos;s Settings tab</source>
        <translation>non enregistré&#xa0;: saisissez-le dans l’onglet Paramètres du partenaire</translation>
    </message>
    <message>
        <source>%1 is kept once, on the partner&apos;s Settings tab: change it there and every template that refers to it as %2 follows.</source>
        <translation>%1 n’est enregistré qu’à un seul endroit, dans l’onglet Paramètres du partenaire&#xa0;: modifiez-le là, et chaque modèle qui y fait référence avec %2 suit.</translation>
    </message>
    <message>
        <source>%1 (from the partner&apos;s Settings tab)</source>
        <translation>%1 (de l’onglet Paramètres du partenaire)</translation>
    </message>
    <message>
        <source>Partner secrets, kept in the keychain:</source>
        <translation>Secrets partenaires, conservés dans le trousseau&#xa0;:</translation>
    </message>
    <message>
        <source>Partner settings, saved on the partner&apos;s Settings tab (change them there):</source>
        <translation>Paramètres partenaires, enregistrés dans l’onglet Paramètres du partenaire (modifiez-les là)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SendTestPanel</name>
    <message>
        <source>Send test</source>
        <translation>Envoyer le test</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>Envoyer à&#xa0;:</translation>
    </message>
    <message>
        <source>The template&apos;s URL</source>
        <translation>L&apos;URL du modèle</translation>
    </message>
    <message>
        <source>The sandbox&apos;s webhook receiver (%1)</source>
        <translation>Le récepteur de webhooks du bac à sable (%1)</translation>
    </message>
    <message>
        <source>Choose a workspace first.</source>
        <translation>Choisissez d&apos;abord un espace de travail.</translation>
    </message>
    <message>
        <source>Sending %1 %2…</source>
        <translation>Envoi de %1 %2…</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Pas de réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>HTTP %1 in %2 ms%3</source>
        <translation>HTTP %1 en %2 ms%3</translation>
    </message>
    <message>
        <source>Preparing the request…</source>
        <translation>Préparation de la requête…</translation>
    </message>
</context>
<context>
    <name>SetBodyModeCommand</name>
    <message>
        <source>Change body mode</source>
        <translation>Changer le mode du corps</translation>
    </message>
</context>
<context>
    <name>SetRowCommand</name>
    <message>
        <source>Edit header</source>
        <translation>Modifier l&apos;en-tête</translation>
    </message>
    <message>
        <source>Edit pair</source>
        <translation>Modifier la paire</translation>
    </message>
</context>
<context>
    <name>SetStubsCommand</name>
    <message>
        <source>Change connected content stubs</source>
        <translation>Modifier les stubs de contenu connecté</translation>
    </message>
</context>
<context>
    <name>SetTextCommand</name>
    <message>
        <source>Edit text</source>
        <translation>Modifier le texte</translation>
    </message>
</context>
<context>
    <name>StartHerePage</name>
    <message>
        <source>Start here</source>
        <translation>Pour commencer</translation>
    </message>
    <message>
        <source>&lt;p&gt;Braze Console helps you set up and test Braze&apos;s partner integrations (Quikly, SmarterSends, ActionIQ, Outgrow) before anything reaches your customers.&lt;/p&gt;&lt;p&gt;You are working in the &lt;b&gt;built-in sandbox&lt;/b&gt;: a copy of Braze&apos;s REST API that runs on this computer, with demo users and demo API keys. Try everything here; nothing is sent to Braze. When you are ready, add your own Braze workspace on the Workspaces page.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Braze Console vous aide à configurer et à tester les intégrations partenaires de Braze (Quikly, SmarterSends, ActionIQ, Outgrow) avant que quoi que ce soit n&apos;atteigne vos clients.&lt;/p&gt;&lt;p&gt;Vous travaillez dans le &lt;b&gt;bac à sable intégré&lt;/b&gt;&#xa0;: une copie de l&apos;API REST de Braze qui tourne sur cet ordinateur, avec des utilisateurs et des clés d&apos;API de démo. Essayez tout ici&#xa0;; rien n&apos;est envoyé à Braze. Quand vous êtes prêt, ajoutez votre propre espace de travail Braze sur la page Espaces de travail.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Workspaces</source>
        <translation>&amp;Espaces de travail</translation>
    </message>
    <message>
        <source>Keep your Braze workspaces (REST endpoint, API key in the system keychain, App ID) and see which permissions each integration needs and which your key really has.</source>
        <translation>Gérez vos espaces de travail Braze (endpoint REST, clé d&apos;API dans le trousseau du système, App ID) et voyez de quelles autorisations chaque intégration a besoin et lesquelles votre clé possède vraiment.</translation>
    </message>
    <message>
        <source>&amp;Integration settings</source>
        <translation>Paramètres d&apos;&amp;intégration</translation>
    </message>
    <message>
        <source>Enter the IDs and secrets each partner needs, checked as you type and against Braze, and copy the hand-off sheet for the partner.</source>
        <translation>Saisissez les ID et secrets dont chaque partenaire a besoin, vérifiés pendant la saisie et auprès de Braze, puis copiez la fiche de transmission pour le partenaire.</translation>
    </message>
    <message>
        <source>Webhoo&amp;k templates</source>
        <translation>Modèles de &amp;webhook</translation>
    </message>
    <message>
        <source>Build webhook templates with Braze&apos;s Liquid and preview the exact request for a random, an existing or a custom user.</source>
        <translation>Créez des modèles de webhook avec le Liquid de Braze et prévisualisez la requête exacte pour un utilisateur aléatoire, existant ou personnalisé.</translation>
    </message>
    <message>
        <source>&amp;Partner workflows</source>
        <translation>&amp;Flux de travail des partenaires</translation>
    </message>
    <message>
        <source>Run each partner&apos;s documented workflow step by step against Braze and see every request and answer.</source>
        <translation>Exécutez pas à pas le flux de travail documenté de chaque partenaire auprès de Braze et voyez chaque requête et chaque réponse.</translation>
    </message>
    <message>
        <source>&amp;Test users</source>
        <translation>&amp;Utilisateurs de test</translation>
    </message>
    <message>
        <source>Look up, create and change test users by hand: attributes, events, subscriptions and aliases.</source>
        <translation>Recherchez, créez et modifiez des utilisateurs de test à la main&#xa0;: attributs, événements, abonnements et alias.</translation>
    </message>
    <message>
        <source>Hover over a Braze term such as “alias-only profile” or “subscription group” to see what it means. F1 opens the user guide at the page you are on.</source>
        <translation>Survolez un terme Braze comme «&#xa0;profil d&apos;alias uniquement&#xa0;» ou «&#xa0;groupe d&apos;abonnement&#xa0;» pour voir ce qu&apos;il signifie. F1 ouvre le guide d&apos;utilisation à la page où vous vous trouvez.</translation>
    </message>
    <message>
        <source>Open the &amp;user guide</source>
        <translation>Ouvrir le &amp;guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <source>Close this page; it will not open at start again. Help › Start here brings it back.</source>
        <translation>Ferme cette page&#xa0;; elle ne s&apos;ouvrira plus au démarrage. Aide › Pour commencer la fait revenir.</translation>
    </message>
</context>
<context>
    <name>StateFile</name>
    <message>
        <source>Cannot read the sandbox state file %1: %2</source>
        <translation>Impossible de lire le fichier d&apos;état du bac à sable %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a sandbox state file (%2). Choose another file or delete it.</source>
        <translation>Le fichier %1 n&apos;est pas un fichier d&apos;état du bac à sable (%2). Choisissez un autre fichier ou supprimez celui-ci.</translation>
    </message>
</context>
<context>
    <name>StepReport</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 %2: expected %3, actual %4</source>
        <translation>%1 %2&#xa0;: attendu %3, obtenu %4</translation>
    </message>
    <message>
        <source>Request #%1 (request log): %2 %3</source>
        <translation>Requête n° %1 (journal des requêtes)&#xa0;: %2 %3</translation>
    </message>
    <message>
        <source>Response: HTTP %1 after %2 ms</source>
        <translation>Réponse&#xa0;: HTTP %1 après %2 ms</translation>
    </message>
</context>
<context>
    <name>StubsPanel</name>
    <message>
        <source>&amp;Add stub</source>
        <translation>&amp;Ajouter un stub</translation>
    </message>
    <message>
        <source>Remo&amp;ve stub</source>
        <translation>&amp;Retirer le stub</translation>
    </message>
    <message>
        <source>connected_content calls to these URLs get this answer in the preview instead of going to the network, so it works offline and can rehearse failures (status 500 with :retry). A URL ending in * answers every URL that starts with it. Stubs are saved with the template.</source>
        <translation>Dans l&apos;aperçu, les appels connected_content vers ces URL reçoivent cette réponse au lieu d&apos;aller sur le réseau&#xa0;: l&apos;aperçu fonctionne hors ligne et peut répéter des échecs (statut 500 avec :retry). Une URL terminée par * répond à toutes les URL qui commencent ainsi. Les stubs sont enregistrés avec le modèle.</translation>
    </message>
    <message>
        <source>Connected content stubs</source>
        <translation>Stubs de contenu connecté</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
</context>
<context>
    <name>SubscriptionEditor</name>
    <message>
        <source>Subscription group ID (Audience › Subscriptions)</source>
        <translation>ID du groupe d&apos;abonnement (Audience › Abonnements)</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Abonné</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Désabonné</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Groupe&#xa0;:</translation>
    </message>
    <message>
        <source>New state:</source>
        <translation>Nouvel état&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2, now %3)</source>
        <translation>%1 (%2, actuellement %3)</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>%1 (%2, no state yet)</source>
        <translation>%1 (%2, pas encore d’état)</translation>
    </message>
</context>
<context>
    <name>SubscriptionSteps</name>
    <message>
        <source>The subscription state is %1.</source>
        <translation>L&apos;état d&apos;abonnement est %1.</translation>
    </message>
    <message>
        <source>The subscription state is %1, expected %2.</source>
        <translation>L&apos;état d&apos;abonnement est %1 au lieu de %2.</translation>
    </message>
    <message>
        <source>Braze accepted the new state: %1.</source>
        <translation>Braze a accepté le nouvel état&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No profile in Braze holds this number yet: store it on the user&apos;s profile (in E.164, e.g. +4915112345678) before subscribing it. Braze may also need a few minutes between dependent calls.</source>
        <translation>Aucun profil dans Braze ne porte encore ce numéro&#xa0;: enregistrez-le sur le profil de l’utilisateur (au format E.164, par ex. +4915112345678) avant de l’abonner. Braze peut aussi avoir besoin de quelques minutes entre des appels dépendants.</translation>
    </message>
    <message>
        <source>The number is unsubscribed from this group, for example after replying STOP; only the user&apos;s own opt-in subscribes it again.</source>
        <translation>Le numéro est désabonné de ce groupe, par exemple après une réponse STOP&#xa0;; seul l’opt-in de l’utilisateur lui-même peut le réabonner.</translation>
    </message>
    <message>
        <source>The number has not reached the expected state yet; Braze may need a few minutes between dependent calls.</source>
        <translation>Le numéro n’a pas encore atteint l’état attendu&#xa0;; Braze peut avoir besoin de quelques minutes entre des appels dépendants.</translation>
    </message>
</context>
<context>
    <name>TableFieldEditor</name>
    <message>
        <source>Add row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Retirer la ligne</translation>
    </message>
    <message>
        <source>Add the partner&apos;s examples</source>
        <translation>Ajouter les exemples du partenaire</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Notes for your team</source>
        <translation>Notes pour votre équipe</translation>
    </message>
    <message>
        <source>JSON key/value pairs</source>
        <translation>Paires clé-valeur JSON</translation>
    </message>
    <message>
        <source>Raw text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <source>Insert personalization</source>
        <translation>Insérer une personnalisation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Insert Content Block</source>
        <translation>Insérer un bloc de contenu</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nom du modèle</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Body fields</source>
        <translation>Champs du corps de la requête</translation>
    </message>
</context>
<context>
    <name>TemplateListPanel</name>
    <message>
        <source>Search name, URL, notes</source>
        <translation>Rechercher un nom, une URL, des notes</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>From preset</source>
        <translation>À partir d&apos;un modèle prédéfini</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Search the templates</source>
        <translation>Rechercher dans les modèles</translation>
    </message>
    <message>
        <source>Webhook templates</source>
        <translation>Modèles de webhook</translation>
    </message>
</context>
<context>
    <name>TestUsersPage</name>
    <message>
        <source>Read again</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Look a user up by external ID, e-mail address, phone number, alias or Braze ID. You can then inspect the profile and change it; every change is shown as the request it sends before you send it.</source>
        <translation>Recherchez un utilisateur par ID externe, adresse e-mail, numéro de téléphone, alias ou ID Braze. Vous pourrez ensuite examiner le profil et le modifier&#xa0;; chaque modification est présentée sous la forme de la requête correspondante avant que vous ne l&apos;envoyiez.</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) found.</source>
        <translation>
            <numerusform>%n profil trouvé.</numerusform>
            <numerusform>%n profils trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>No profile found for %1.</source>
        <translation>Aucun profil trouvé pour %1.</translation>
    </message>
    <message>
        <source>Sent. Reading the profile again…</source>
        <translation>Envoyé. Rechargement du profil…</translation>
    </message>
    <message>
        <source>Braze accepted the request but reported: %1</source>
        <translation>Braze a accepté la requête, mais a signalé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Braze has not shown the change yet; reading again (attempt %1)…</source>
        <translation>La modification n&apos;apparaît pas encore dans Braze&#xa0;; nouvelle lecture (tentative %1)…</translation>
    </message>
    <message>
        <source>Done, but the profile shows no change. Braze may still be processing it: use “Read again” in a minute.</source>
        <translation>Terminé, mais le profil ne montre aucune modification. Braze la traite peut-être encore&#xa0;: utilisez «&#xa0;Recharger&#xa0;» dans une minute.</translation>
    </message>
    <message>
        <source>Done. Changed: %1</source>
        <translation>Terminé. Modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>The profile %1 no longer exists.</source>
        <translation>Le profil %1 n&apos;existe plus.</translation>
    </message>
    <message>
        <source>No workspace is connected: add one with an endpoint and an API key on the Workspaces page.</source>
        <translation>Aucun espace de travail n&apos;est connecté&#xa0;: ajoutez-en un, avec un endpoint et une clé d&apos;API, sur la page Espaces de travail.</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Recherche de %1…</translation>
    </message>
    <message>
        <source>%1 (alias-only profile)</source>
        <translation>%1 (profil d&apos;alias uniquement)</translation>
    </message>
    <message>
        <source>Sending: %1…</source>
        <translation>Envoi&#xa0;: %1…</translation>
    </message>
    <message>
        <source>Remove from saved test users</source>
        <translation>Retirer des utilisateurs de test enregistrés</translation>
    </message>
    <message>
        <source>Save as test user</source>
        <translation>Enregistrer comme utilisateur de test</translation>
    </message>
    <message>
        <source>Change this profile in Braze?</source>
        <translation>Modifier ce profil dans Braze&#xa0;?</translation>
    </message>
    <message>
        <source>This is a real Braze workspace, not the sandbox.</source>
        <translation>Ceci est un véritable espace de travail Braze, pas le bac à sable.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TypedAnswer</name>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false.</source>
        <translation>«&#xa0;%1&#xa0;» ne vaut ni true ni false.</translation>
    </message>
    <message>
        <source>The answer is longer than the 255 characters Braze keeps in a text attribute.</source>
        <translation>La réponse dépasse les 255 caractères que Braze conserve dans un attribut texte.</translation>
    </message>
</context>
<context>
    <name>TypedValueEdit</name>
    <message>
        <source>e.g. 42 or 3.5</source>
        <translation>p. ex. 42 ou 3.5</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>e.g. 2025-04-01 or 2025-04-01T09:00:00Z</source>
        <translation>p. ex. 2025-04-01 ou 2025-04-01T09:00:00Z</translation>
    </message>
    <message>
        <source>e.g. red, green</source>
        <translation>p. ex. rouge, vert</translation>
    </message>
    <message>
        <source>Text, up to 255 characters</source>
        <translation>Texte, 255 caractères maximum</translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message>
        <source>Show a user&apos;s profile, set attributes or log an event (user show|set|event)</source>
        <translation>Afficher le profil d&apos;un utilisateur, définir des attributs ou enregistrer un événement (user show|set|event)</translation>
    </message>
    <message>
        <source>show: prints the profile as JSON (several profiles sharing an e-mail address or phone: a JSON array).
set: sets attributes, e.g. --attr plan=gold --attr visits:number=42 --attr vip:boolean=true --attr renewal:time=2026-01-31 --attr colours:array=red,green --clear home_city.
event: logs a custom event now, e.g. --name quiz_completed --property score:number=42 --property scope=spring.
set and event print the request with --dry-run; otherwise they send it, read the profile again and print the changes. The API key comes from BRAZE_API_KEY.</source>
        <translation>show&#xa0;: affiche le profil en JSON (plusieurs profils partageant une adresse e-mail ou un téléphone&#xa0;: un tableau JSON).
set&#xa0;: définit des attributs, p. ex. --attr plan=gold --attr visits:number=42 --attr vip:boolean=true --attr renewal:time=2026-01-31 --attr colours:array=red,green --clear home_city.
event&#xa0;: enregistre immédiatement un événement personnalisé, p. ex. --name quiz_completed --property score:number=42 --property scope=spring.
Avec --dry-run, set et event affichent la requête&#xa0;; sinon, ils l&apos;envoient, relisent le profil et affichent les modifications. La clé d&apos;API est lue dans BRAZE_API_KEY.</translation>
    </message>
    <message>
        <source>show, set or event</source>
        <translation>show, set ou event</translation>
    </message>
    <message>
        <source>The user&apos;s external ID.</source>
        <translation>L&apos;ID externe de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The user&apos;s e-mail address.</source>
        <translation>L&apos;adresse e-mail de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>The user&apos;s phone number (E.164).</source>
        <translation>Le numéro de téléphone de l&apos;utilisateur (E.164).</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMÉRO</translation>
    </message>
    <message>
        <source>A user alias as name:label.</source>
        <translation>Un alias d&apos;utilisateur sous la forme nom:libellé.</translation>
    </message>
    <message>
        <source>NAME:LABEL</source>
        <translation>NOM:LIBELLÉ</translation>
    </message>
    <message>
        <source>The profile&apos;s Braze ID.</source>
        <translation>L&apos;ID Braze du profil.</translation>
    </message>
    <message>
        <source>set: an attribute as name=value or name:type=value (type: string, number, boolean, time, array).</source>
        <translation>set&#xa0;: un attribut sous la forme nom=valeur ou nom:type=valeur (type&#xa0;: string, number, boolean, time, array).</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>SPÉC</translation>
    </message>
    <message>
        <source>set: removes this attribute.</source>
        <translation>set&#xa0;: supprime cet attribut.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>event: the custom event&apos;s name.</source>
        <translation>event&#xa0;: le nom de l&apos;événement personnalisé.</translation>
    </message>
    <message>
        <source>event: a property as key=value or key:type=value.</source>
        <translation>event&#xa0;: une propriété sous la forme clé=valeur ou clé:type=valeur.</translation>
    </message>
    <message>
        <source>set, event: print the request instead of sending it.</source>
        <translation>set, event&#xa0;: afficher la requête au lieu de l&apos;envoyer.</translation>
    </message>
    <message>
        <source>Name the user with exactly one of --external-id, --email, --phone, --alias NAME:LABEL or --braze-id.</source>
        <translation>Désignez l&apos;utilisateur avec une seule des options --external-id, --email, --phone, --alias NOM:LIBELLÉ ou --braze-id.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>write name=value or name:type=value with type string, number, boolean, time or array.</source>
        <translation>écrivez nom=valeur ou nom:type=valeur, avec le type string, number, boolean, time ou array.</translation>
    </message>
    <message>
        <source>No profile found for %1.</source>
        <translation>Aucun profil trouvé pour %1.</translation>
    </message>
    <message>
        <source>Braze reported: %1</source>
        <translation>Braze a signalé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Braze has not shown the change yet; reading again (attempt %1)</source>
        <translation>La modification n&apos;apparaît pas encore dans Braze&#xa0;; nouvelle lecture (tentative %1)</translation>
    </message>
    <message>
        <source>The profile can no longer be found.</source>
        <translation>Le profil est introuvable.</translation>
    </message>
    <message>
        <source>The profile shows no change yet; Braze may still be processing the request.</source>
        <translation>Le profil ne montre encore aucune modification&#xa0;; Braze traite peut-être encore la requête.</translation>
    </message>
    <message numerus="yes">
        <source>%n profiles share %1.</source>
        <translation>
            <numerusform>%n profil correspond à %1.</numerusform>
            <numerusform>%n profils partagent %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n profiles share %1; name one with --external-id or --braze-id (see braze-cli user show).</source>
        <translation>
            <numerusform>%n profil correspond à %1&#xa0;; désignez-le avec --external-id ou --braze-id (voir braze-cli user show).</numerusform>
            <numerusform>%n profils partagent %1&#xa0;; désignez-en un avec --external-id ou --braze-id (voir braze-cli user show).</numerusform>
        </translation>
    </message>
    <message>
        <source>Say what to do: braze-cli user show|set|event --external-id ID ...</source>
        <translation>Indiquez l’action&#xa0;: braze-cli user show|set|event --external-id ID ...</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <source>User guide — Braze Console</source>
        <translation>Guide d&apos;utilisation — Braze Console</translation>
    </message>
    <message>
        <source>Search the guide (Enter: next, Shift+Enter: previous)</source>
        <translation>Rechercher dans le guide (Entrée&#xa0;: suivant, Maj+Entrée&#xa0;: précédent)</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Rechercher dans le guide</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>Not in the guide.</source>
        <translation>Introuvable dans le guide.</translation>
    </message>
    <message numerus="yes">
        <source>In %n section(s)</source>
        <translation>
            <numerusform>Dans %n section</numerusform>
            <numerusform>Dans %n sections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserLookupBar</name>
    <message>
        <source>Look up</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Saved test users</source>
        <translation>Utilisateurs de test enregistrés</translation>
    </message>
    <message>
        <source>No saved test users yet: look a user up and choose “Save as test user”.</source>
        <translation>Aucun utilisateur de test enregistré pour l&apos;instant&#xa0;: recherchez un utilisateur et choisissez «&#xa0;Enregistrer comme utilisateur de test&#xa0;».</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Identifier to look up</source>
        <translation>Identifiant à rechercher</translation>
    </message>
</context>
<context>
    <name>UserSteps</name>
    <message>
        <source>Braze refused part of the data: %1</source>
        <translation>Braze a refusé une partie des données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Correct the value Braze names and run the workflow again.</source>
        <translation>Corrigez la valeur signalée par Braze et relancez le flux de travail.</translation>
    </message>
    <message>
        <source>No profile matches this user.</source>
        <translation>Aucun profil ne correspond à cet utilisateur.</translation>
    </message>
    <message>
        <source>Check the identifier; a profile created moments ago may need a little longer to appear.</source>
        <translation>Vérifiez l&apos;identifiant&#xa0;; un profil créé il y a quelques instants peut mettre un peu plus de temps à apparaître.</translation>
    </message>
    <message>
        <source>No profile yet: a new one is needed.</source>
        <translation>Pas encore de profil&#xa0;: il faut en créer un.</translation>
    </message>
    <message numerus="yes">
        <source>%n profiles share this identifier; Braze uses the most recently updated one.</source>
        <translation>
            <numerusform>%n profil partage cet identifiant&#xa0;; Braze utilise le plus récemment modifié.</numerusform>
            <numerusform>%n profils partagent cet identifiant&#xa0;; Braze utilise le plus récemment modifié.</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile found (braze_id %1).</source>
        <translation>Profil trouvé (braze_id %1).</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>The attribute %1 is %2, expected %3.</source>
        <translation>L&apos;attribut %1 vaut %2 au lieu de %3.</translation>
    </message>
    <message>
        <source>Braze processes data asynchronously; if the value is right a moment later, nothing is wrong.</source>
        <translation>Braze traite les données de manière asynchrone&#xa0;; si la valeur est correcte un instant plus tard, tout va bien.</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>The event %1 is not on the profile.</source>
        <translation>L&apos;événement %1 ne figure pas sur le profil.</translation>
    </message>
    <message>
        <source>Alias-only profile created: %1 (%2).</source>
        <translation>Profil d&apos;alias uniquement créé&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <source>There are no attributes to send.</source>
        <translation>Il n&apos;y a aucun attribut à envoyer.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n attribute(s).</source>
        <translation>
            <numerusform>%n attribut envoyé.</numerusform>
            <numerusform>%n attributs envoyés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Event %1 sent.</source>
        <translation>Événement %1 envoyé.</translation>
    </message>
    <message>
        <source>never entered</source>
        <translation>jamais entré</translation>
    </message>
    <message>
        <source>entered at %1</source>
        <translation>entré le %1</translation>
    </message>
    <message>
        <source>last entered at %1, before this run</source>
        <translation>dernière entrée le %1, avant cette exécution</translation>
    </message>
    <message>
        <source>Canvas %1</source>
        <translation>Canvas %1</translation>
    </message>
    <message>
        <source>entered during this run</source>
        <translation>entré pendant cette exécution</translation>
    </message>
    <message>
        <source>The user did not enter the Canvas %1 during this run.</source>
        <translation>L’utilisateur n’est pas entré dans le Canvas %1 pendant cette exécution.</translation>
    </message>
    <message>
        <source>Check that the Canvas is active, uses API-triggered entry and that the user qualifies for its entry audience; Braze processes entries asynchronously.</source>
        <translation>Vérifiez que le Canvas est actif, qu’il utilise l’entrée déclenchée par API et que l’utilisateur fait partie de son audience d’entrée&#xa0;; Braze traite les entrées de manière asynchrone.</translation>
    </message>
</context>
<context>
    <name>Users::ActionRunner</name>
    <message>
        <source>No workspace is connected.</source>
        <translation>Aucun espace de travail n&apos;est connecté.</translation>
    </message>
    <message>
        <source>Looking up %1 still finds this profile: Braze keeps the old ID as deprecated until you remove it.</source>
        <translation>Contre-vérification (%1)&#xa0;: ce profil est toujours trouvé&#xa0;; Braze conserve l’ancien ID comme obsolète jusqu’à ce que vous le supprimiez.</translation>
    </message>
    <message>
        <source>Looking up %1 still finds a profile (braze_id %2).</source>
        <translation>Contre-vérification (%1)&#xa0;: un profil est toujours trouvé (braze_id %2).</translation>
    </message>
    <message numerus="yes">
        <source>Looking up %1 still finds %n profile(s).</source>
        <translation>
            <numerusform>Contre-vérification (%1)&#xa0;: %n profil est toujours trouvé.</numerusform>
            <numerusform>Contre-vérification (%1)&#xa0;: %n profils sont toujours trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking up %1 now finds no profile.</source>
        <translation>Contre-vérification (%1)&#xa0;: plus aucun profil trouvé.</translation>
    </message>
    <message>
        <source>Looking up %1 no longer finds this profile.</source>
        <translation>Contre-vérification (%1)&#xa0;: ce profil n’est plus trouvé.</translation>
    </message>
    <message>
        <source>Braze refused the change: %1</source>
        <translation>Braze a refusé la modification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Looking up %1 now finds only this profile: the duplicate is gone.</source>
        <translation>La recherche de %1 ne trouve plus que ce profil&#xa0;: le doublon a disparu.</translation>
    </message>
</context>
<context>
    <name>Users::ProfileLoader</name>
    <message>
        <source>No workspace is connected.</source>
        <translation>Aucun espace de travail n&apos;est connecté.</translation>
    </message>
    <message>
        <source>Choose a workspace with an endpoint and an API key on the Workspaces page.</source>
        <translation>Choisissez un espace de travail doté d&apos;un endpoint et d&apos;une clé d&apos;API sur la page Espaces de travail.</translation>
    </message>
    <message>
        <source>Braze reports subscription groups only for profiles with an external ID, e-mail address or phone number.</source>
        <translation>Braze n&apos;indique les groupes d&apos;abonnement que pour les profils dotés d&apos;un ID externe, d&apos;une adresse e-mail ou d&apos;un numéro de téléphone.</translation>
    </message>
    <message>
        <source>The subscription groups could not be read: %1</source>
        <translation>Impossible de lire les groupes d&apos;abonnement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Users::TestUserStore</name>
    <message>
        <source>The saved test users could not be read from %1: %2</source>
        <translation>Impossible de lire les utilisateurs de test enregistrés dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file of saved test users (%1) is damaged and was not read. Fix or delete it; saving a test user replaces it.</source>
        <translation>Le fichier des utilisateurs de test enregistrés (%1) est endommagé et n&apos;a pas été lu. Corrigez-le ou supprimez-le&#xa0;; enregistrer un utilisateur de test le remplacera.</translation>
    </message>
</context>
<context>
    <name>Users::UserAction</name>
    <message>
        <source>Choose at least one attribute to set or clear.</source>
        <translation>Choisissez au moins un attribut à définir ou à effacer.</translation>
    </message>
    <message numerus="yes">
        <source>Set %n attribute(s) on %1</source>
        <translation>
            <numerusform>Définir %n attribut sur %1</numerusform>
            <numerusform>Définir %n attributs sur %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Log the event “%1” for %2</source>
        <translation>Enregistrer l&apos;événement «&#xa0;%1&#xa0;» pour %2</translation>
    </message>
    <message>
        <source>Subscribe %1 to the group %2</source>
        <translation>Abonner %1 au groupe %2</translation>
    </message>
    <message>
        <source>Unsubscribe %1 from the group %2</source>
        <translation>Désabonner %1 du groupe %2</translation>
    </message>
    <message>
        <source>Enter the subscription group ID (Audience › Subscriptions in the Braze dashboard).</source>
        <translation>Saisissez l&apos;ID du groupe d&apos;abonnement (Audience › Abonnements dans le tableau de bord Braze).</translation>
    </message>
    <message>
        <source>Add the alias %1 (%2) to %3</source>
        <translation>Ajouter l&apos;alias %1 (%2) à %3</translation>
    </message>
    <message>
        <source>Braze adds aliases only to profiles with an external ID. Identify this profile first.</source>
        <translation>Braze n&apos;ajoute des alias qu&apos;aux profils dotés d&apos;un ID externe. Identifiez d&apos;abord ce profil.</translation>
    </message>
    <message>
        <source>Give %1 the external ID “%2”</source>
        <translation>Attribuer à %1 l&apos;ID externe «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>This profile already has the external ID “%1”; Braze does not change it.</source>
        <translation>Ce profil a déjà l&apos;ID externe «&#xa0;%1&#xa0;»&#xa0;; Braze ne le modifie pas.</translation>
    </message>
    <message>
        <source>Only a profile with an alias can be identified here.</source>
        <translation>Seul un profil doté d&apos;un alias peut être identifié ici.</translation>
    </message>
    <message>
        <source>Create an alias-only profile %1</source>
        <translation>Créer un profil d&apos;alias uniquement %1</translation>
    </message>
    <message>
        <source>Delete the profile %1</source>
        <translation>Supprimer le profil %1</translation>
    </message>
    <message>
        <source>Braze merges only into a profile with an external ID or an alias.</source>
        <translation>Braze ne fusionne que dans un profil doté d’un ID externe ou d’un alias.</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>Fusion&#xa0;: %1 dans %2</translation>
    </message>
    <message>
        <source>Braze moves the attributes, events, purchases, subscriptions and aliases of the profile %1 into %2 (values already on %2 win) and then deletes the profile %1. This cannot be undone.</source>
        <translation>Braze déplace les attributs, événements, achats, abonnements et alias du profil «&#xa0;%1&#xa0;» vers le profil «&#xa0;%2&#xa0;» (les valeurs déjà présentes sur «&#xa0;%2&#xa0;» l’emportent), puis supprime le profil «&#xa0;%1&#xa0;». Cette action est irréversible.</translation>
    </message>
    <message>
        <source>This profile has no external ID to rename; identify it instead.</source>
        <translation>Ce profil n’a pas d’ID externe à renommer&#xa0;; identifiez-le plutôt.</translation>
    </message>
    <message>
        <source>Rename the external ID “%1” to “%2”</source>
        <translation>Renommer l’ID externe «&#xa0;%1&#xa0;» en «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>The profile&apos;s external ID becomes “%2”. Braze keeps “%1” as a deprecated external ID: it still finds this profile until you remove it.</source>
        <translation>L’ID externe du profil devient «&#xa0;%2&#xa0;». Braze conserve «&#xa0;%1&#xa0;» comme ID externe obsolète&#xa0;: il retrouve ce profil jusqu’à ce que vous le supprimiez.</translation>
    </message>
    <message>
        <source>Enter the deprecated external ID to remove (the one this profile had before a rename).</source>
        <translation>Saisissez l’ID externe obsolète à supprimer (celui que ce profil avait avant un renommage).</translation>
    </message>
    <message>
        <source>“%1” is this profile&apos;s current external ID; Braze removes only deprecated IDs. Rename it first.</source>
        <translation>«&#xa0;%1&#xa0;» est l’ID externe actuel de ce profil&#xa0;; Braze ne supprime que les ID obsolètes. Renommez-le d’abord.</translation>
    </message>
    <message>
        <source>Remove the deprecated external ID “%1”</source>
        <translation>Supprimer l’ID externe obsolète «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Braze removes the deprecated external ID “%1”: it no longer finds any profile. The profile keeps its current external ID and all its data.</source>
        <translation>Braze supprime l’ID externe obsolète «&#xa0;%1&#xa0;»&#xa0;: il ne retrouve plus aucun profil. Le profil conserve son ID externe actuel et toutes ses données.</translation>
    </message>
    <message>
        <source>Enter the identifier of the profile to merge into this one.</source>
        <translation>Saisissez l’identifiant du profil à fusionner dans celui-ci.</translation>
    </message>
    <message>
        <source>Braze&apos;s merge does not take a Braze ID: name the duplicate by its external ID, alias, e-mail address or phone number.</source>
        <translation>La fusion de Braze n’accepte pas d’ID Braze&#xa0;: désignez le doublon par son ID externe, son alias, son adresse e-mail ou son numéro de téléphone.</translation>
    </message>
    <message>
        <source>This profile has %1 itself, so Braze could pick it as the duplicate: name the duplicate by its external ID or alias instead.</source>
        <translation>Ce profil a lui-même %1, Braze pourrait donc le prendre pour le doublon&#xa0;: désignez plutôt le doublon par son ID externe ou son alias.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Messages go to external IDs or aliases only.</source>
        <translation>Les messages ne peuvent être adressés qu&apos;à des ID externes ou à des alias.</translation>
    </message>
    <message>
        <source>A broadcast goes to a whole segment; remove the individual users or turn broadcast off.</source>
        <translation>Une diffusion (broadcast) s&apos;adresse à tout un segment&#xa0;; retirez les utilisateurs individuels ou désactivez la diffusion.</translation>
    </message>
    <message>
        <source>No recipients: name users, a segment, or send as a broadcast.</source>
        <translation>Aucun destinataire&#xa0;: indiquez des utilisateurs, un segment, ou envoyez en diffusion (broadcast).</translation>
    </message>
    <message>
        <source>The subscription state must be opted_in, subscribed or all.</source>
        <translation>L&apos;état d&apos;abonnement doit être opted_in, subscribed ou all.</translation>
    </message>
    <message>
        <source>Nothing to update: change the schedule, the messages or both.</source>
        <translation>Rien à mettre à jour&#xa0;: modifiez la planification, les messages ou les deux.</translation>
    </message>
    <message>
        <source>A broadcast goes to the campaign&apos;s whole segment; remove the recipients or turn broadcast off.</source>
        <translation>Une diffusion (broadcast) s&apos;adresse à tout le segment de la campagne&#xa0;; retirez les destinataires ou désactivez la diffusion.</translation>
    </message>
    <message>
        <source>To send to a user who may not exist yet, also give attributes to create the profile with.</source>
        <translation>Pour envoyer à un utilisateur qui n&apos;existe peut-être pas encore, indiquez aussi les attributs avec lesquels créer le profil.</translation>
    </message>
    <message>
        <source>No message to send: add at least one messaging object (email, webhook, ...).</source>
        <translation>Aucun message à envoyer&#xa0;: ajoutez au moins un objet de message (email, webhook, …).</translation>
    </message>
    <message>
        <source>The length must be between 1 and 100 days.</source>
        <translation>La durée doit être comprise entre 1 et 100 jours.</translation>
    </message>
    <message>
        <source>The page number cannot be negative.</source>
        <translation>Le numéro de page ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>“%1” is required.</source>
        <translation>«&#xa0;%1&#xa0;» est obligatoire.</translation>
    </message>
    <message>
        <source>%1 items in “%2”; Braze accepts at most %3 per request. Split them into several calls.</source>
        <translation>%1 éléments dans «&#xa0;%2&#xa0;»&#xa0;; Braze en accepte au plus %3 par requête. Répartissez-les sur plusieurs appels.</translation>
    </message>
    <message>
        <source>The send ID “%1” must be plain ASCII and at most 64 characters.</source>
        <translation>L&apos;ID d&apos;envoi «&#xa0;%1&#xa0;» doit être en ASCII simple et compter au plus 64 caractères.</translation>
    </message>
    <message>
        <source>Subscription calls accept only external IDs, e-mail addresses and phone numbers.</source>
        <translation>Les appels d&apos;abonnement n&apos;acceptent que des ID externes, des adresses e-mail et des numéros de téléphone.</translation>
    </message>
    <message>
        <source>Name at least one user.</source>
        <translation>Indiquez au moins un utilisateur.</translation>
    </message>
    <message>
        <source>Give e-mail addresses or phone numbers, not both: Braze refuses the mix.</source>
        <translation>Indiquez des adresses e-mail ou des numéros de téléphone, pas les deux&#xa0;: Braze refuse le mélange.</translation>
    </message>
    <message>
        <source>The limit must be between 1 and 100.</source>
        <translation>La limite doit être comprise entre 1 et 100.</translation>
    </message>
    <message>
        <source>Add at least one subscription group.</source>
        <translation>Ajoutez au moins un groupe d&apos;abonnement.</translation>
    </message>
    <message>
        <source>E-mail addresses and phone numbers cannot be changed in the same call; send two calls.</source>
        <translation>Impossible de modifier des adresses e-mail et des numéros de téléphone dans le même appel&#xa0;; faites deux appels.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter ISO 4217 code in capitals, e.g. USD.</source>
        <translation>La devise doit être un code ISO 4217 de trois lettres majuscules, p. ex. EUR.</translation>
    </message>
    <message>
        <source>The quantity must be between 1 and 100.</source>
        <translation>La quantité doit être comprise entre 1 et 100.</translation>
    </message>
    <message>
        <source>Nothing to send: add at least one attribute update, event or purchase.</source>
        <translation>Rien à envoyer&#xa0;: ajoutez au moins une mise à jour d&apos;attribut, un événement ou un achat.</translation>
    </message>
    <message>
        <source>Only one “%1” can be exported per request.</source>
        <translation>Un seul «&#xa0;%1&#xa0;» peut être exporté par requête.</translation>
    </message>
    <message>
        <source>Name at least one user to export.</source>
        <translation>Indiquez au moins un utilisateur à exporter.</translation>
    </message>
    <message>
        <source>Add at least one alias.</source>
        <translation>Ajoutez au moins un alias.</translation>
    </message>
    <message>
        <source>Identifying by e-mail or phone needs a prioritization, e.g. “unidentified”, “most_recently_updated”.</source>
        <translation>L&apos;identification par e-mail ou téléphone nécessite une priorisation, p. ex. «&#xa0;unidentified&#xa0;», «&#xa0;most_recently_updated&#xa0;».</translation>
    </message>
    <message>
        <source>Only a profile found by alias, e-mail or phone can be identified.</source>
        <translation>Seul un profil trouvé par alias, e-mail ou téléphone peut être identifié.</translation>
    </message>
    <message>
        <source>Add at least one profile to identify.</source>
        <translation>Ajoutez au moins un profil à identifier.</translation>
    </message>
    <message>
        <source>Name at least one user to delete.</source>
        <translation>Indiquez au moins un utilisateur à supprimer.</translation>
    </message>
    <message>
        <source>All users deleted in one call must be identified the same way (all external IDs, all aliases, ...).</source>
        <translation>Tous les utilisateurs supprimés dans un même appel doivent être identifiés de la même façon (tous par ID externe, tous par alias, …).</translation>
    </message>
    <message>
        <source>Deleting by e-mail or phone needs a prioritization, e.g. “identified”.</source>
        <translation>La suppression par e-mail ou téléphone nécessite une priorisation, p. ex. «&#xa0;identified&#xa0;».</translation>
    </message>
    <message>
        <source>No user is given: enter an external ID, Braze ID, alias, e-mail address or phone number.</source>
        <translation>Aucun utilisateur indiqué&#xa0;: saisissez un ID externe, un ID Braze, un alias, une adresse e-mail ou un numéro de téléphone.</translation>
    </message>
    <message>
        <source>The external ID is empty.</source>
        <translation>L&apos;ID externe est vide.</translation>
    </message>
    <message>
        <source>The Braze ID is empty.</source>
        <translation>L&apos;ID Braze est vide.</translation>
    </message>
    <message>
        <source>A user alias needs both a name and a label (e.g. name “ann@example.com”, label “email”).</source>
        <translation>Un alias d&apos;utilisateur nécessite à la fois un nom et un libellé (p. ex. nom «&#xa0;ann@example.com&#xa0;», libellé «&#xa0;email&#xa0;»).</translation>
    </message>
    <message>
        <source>“%1” is a standard Braze profile field, not a custom attribute. Use another name, e.g. with a prefix such as “partner_%1”.</source>
        <translation>«&#xa0;%1&#xa0;» est un champ standard du profil Braze, pas un attribut personnalisé. Utilisez un autre nom, p. ex. avec un préfixe comme «&#xa0;partner_%1&#xa0;».</translation>
    </message>
    <message>
        <source>The nested attribute key “%1” contains a space, “.” or “$”, which Braze does not allow inside objects. Use “_” instead.</source>
        <translation>La clé d&apos;attribut imbriqué «&#xa0;%1&#xa0;» contient un espace, un «&#xa0;.&#xa0;» ou un «&#xa0;$&#xa0;», ce que Braze n&apos;autorise pas dans les objets. Utilisez «&#xa0;_&#xa0;» à la place.</translation>
    </message>
    <message>
        <source>“%1” is reserved by Braze and makes the call fail. Rename the property, e.g. “%1_value”.</source>
        <translation>«&#xa0;%1&#xa0;» est réservé par Braze et fait échouer l&apos;appel. Renommez la propriété, p. ex. «&#xa0;%1_value&#xa0;».</translation>
    </message>
    <message>
        <source>The e-mail address is empty.</source>
        <translation>L&apos;adresse e-mail est vide.</translation>
    </message>
    <message>
        <source>“%1” starts or ends with a space: remove it.</source>
        <translation>«&#xa0;%1&#xa0;» commence ou se termine par un espace&#xa0;: supprimez-le.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address: it needs exactly one “@”, e.g. name@example.com.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail&#xa0;: elle doit contenir exactement un «&#xa0;@&#xa0;», p. ex. nom@example.com.</translation>
    </message>
    <message>
        <source>“%1”: the part before the “@” is empty, too long or contains spaces, double dots or characters an address cannot have.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: la partie avant le «&#xa0;@&#xa0;» est vide, trop longue, ou contient des espaces, des points doubles ou des caractères interdits dans une adresse.</translation>
    </message>
    <message>
        <source>“%1”: the domain after the “@” is not valid; it needs a dot and an ending such as .com.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: le domaine après le «&#xa0;@&#xa0;» n&apos;est pas valide&#xa0;; il doit contenir un point et une extension comme .com ou .fr.</translation>
    </message>
    <message>
        <source>“%1” is longer than 254 characters.</source>
        <translation>«&#xa0;%1&#xa0;» dépasse 254 caractères.</translation>
    </message>
    <message>
        <source>The time is empty; write it in ISO 8601, e.g. %1.</source>
        <translation>L&apos;heure est vide&#xa0;; écrivez-la au format ISO 8601, p. ex. %1.</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 8601 time; write it like %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une heure au format ISO 8601&#xa0;; écrivez-la comme %2.</translation>
    </message>
    <message>
        <source>“%1” names a day that does not exist.</source>
        <translation>«&#xa0;%1&#xa0;» désigne un jour qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>“%1” is after the year 3000; Braze would store it as text, not as a time.</source>
        <translation>«&#xa0;%1&#xa0;» est postérieur à l&apos;an 3000&#xa0;; Braze l&apos;enregistrerait comme texte, et non comme date.</translation>
    </message>
    <message>
        <source>“%1” has an impossible time of day.</source>
        <translation>«&#xa0;%1&#xa0;» contient une heure impossible.</translation>
    </message>
    <message>
        <source>“%1” has an impossible time zone offset.</source>
        <translation>«&#xa0;%1&#xa0;» contient un décalage horaire impossible.</translation>
    </message>
    <message>
        <source>“%1” has no time zone: add “Z” for UTC, e.g. %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas de fuseau horaire&#xa0;: ajoutez «&#xa0;Z&#xa0;» pour UTC, p. ex. %2.</translation>
    </message>
    <message>
        <source>“%1”: a time in the user&apos;s local time zone must not name a zone. Remove “%2”.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: une heure dans le fuseau horaire local de l&apos;utilisateur ne doit pas indiquer de fuseau. Supprimez «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation>Le numéro de téléphone est vide.</translation>
    </message>
    <message>
        <source>“%1” has no country code: write it in E.164 form, a “+” and the country code first, e.g. +15555550123.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas d&apos;indicatif pays&#xa0;: écrivez-le au format E.164, en commençant par «&#xa0;+&#xa0;» et l&apos;indicatif pays, p. ex. +33612345678.</translation>
    </message>
    <message>
        <source>“%1” contains spaces or punctuation: write only “+” and digits, e.g. +15555550123.</source>
        <translation>«&#xa0;%1&#xa0;» contient des espaces ou de la ponctuation&#xa0;: écrivez uniquement «&#xa0;+&#xa0;» et des chiffres, p. ex. +33612345678.</translation>
    </message>
    <message>
        <source>“%1”: a country code never starts with 0. Drop the 0 after the “+”.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: un indicatif pays ne commence jamais par 0. Supprimez le 0 après le «&#xa0;+&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not a phone number in E.164 form: only “+” and digits are allowed, e.g. +15555550123.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de téléphone au format E.164&#xa0;: seuls «&#xa0;+&#xa0;» et les chiffres sont autorisés, p. ex. +33612345678.</translation>
    </message>
    <message>
        <source>The external send ID may contain only letters, digits and - _ + / =.</source>
        <translation>L’ID d’envoi externe ne peut contenir que des lettres, des chiffres et - _ + / =.</translation>
    </message>
    <message>
        <source>A transactional e-mail goes to an external ID or an alias.</source>
        <translation>Un e-mail transactionnel est envoyé à un ID externe ou à un alias.</translation>
    </message>
    <message>
        <source>“%1” must have 1 to 250 letters, digits, hyphens or underscores.</source>
        <translation>«&#xa0;%1&#xa0;» doit comporter de 1 à 250 lettres, chiffres, traits d’union ou tirets bas.</translation>
    </message>
    <message>
        <source>The description must be at most 250 characters.</source>
        <translation>La description ne doit pas dépasser 250 caractères.</translation>
    </message>
    <message>
        <source>The first field of a catalog must be “id” of type string.</source>
        <translation>Le premier champ d’un catalogue doit être «&#xa0;id&#xa0;» de type string.</translation>
    </message>
    <message>
        <source>A catalog has at most 500 fields.</source>
        <translation>Un catalogue compte au plus 500 champs.</translation>
    </message>
    <message>
        <source>“%1” is not a catalog field type (string, number, boolean, time, object or array).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un type de champ de catalogue (string, number, boolean, time, object ou array).</translation>
    </message>
    <message>
        <source>The field name “%1” is used twice.</source>
        <translation>Le nom de champ «&#xa0;%1&#xa0;» est utilisé deux fois.</translation>
    </message>
    <message>
        <source>The item ID goes in the path, not in the item&apos;s fields.</source>
        <translation>L’ID de l’article va dans le chemin, pas dans les champs de l’article.</translation>
    </message>
    <message>
        <source>Give the item at least one field.</source>
        <translation>Donnez au moins un champ à l’article.</translation>
    </message>
    <message>
        <source>An item may have at most 5,000 characters.</source>
        <translation>Un article ne peut pas dépasser 5 000 caractères.</translation>
    </message>
    <message>
        <source>A new Content Block needs a name and content.</source>
        <translation>Un nouveau bloc de contenu a besoin d’un nom et d’un contenu.</translation>
    </message>
    <message>
        <source>A Content Block name has up to 99 letters, digits, hyphens and underscores; “%1” does not fit.</source>
        <translation>Le nom d’un bloc de contenu comporte jusqu’à 99 lettres, chiffres, traits d’union et tirets bas&#xa0;; «&#xa0;%1&#xa0;» ne convient pas.</translation>
    </message>
    <message>
        <source>The description must be shorter than 250 characters.</source>
        <translation>La description doit faire moins de 250 caractères.</translation>
    </message>
    <message>
        <source>The content must not be empty and must be smaller than 50 KB.</source>
        <translation>Le contenu ne doit pas être vide et doit faire moins de 50 Ko.</translation>
    </message>
    <message>
        <source>The state is either “active” or “draft”.</source>
        <translation>L’état est soit «&#xa0;active&#xa0;», soit «&#xa0;draft&#xa0;».</translation>
    </message>
    <message>
        <source>Change at least one field of the template.</source>
        <translation>Modifiez au moins un champ du modèle.</translation>
    </message>
    <message>
        <source>“%1” must be a date such as 2026-03-01.</source>
        <translation>«&#xa0;%1&#xa0;» doit être une date comme 2026-03-01.</translation>
    </message>
    <message>
        <source>The limit must be between 1 and %1.</source>
        <translation>La limite doit être comprise entre 1 et %1.</translation>
    </message>
    <message>
        <source>The offset cannot be negative.</source>
        <translation>Le décalage ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The start date must be before the end date.</source>
        <translation>La date de début doit précéder la date de fin.</translation>
    </message>
    <message>
        <source>Give a start date or an e-mail address.</source>
        <translation>Indiquez une date de début ou une adresse e-mail.</translation>
    </message>
    <message>
        <source>Give at least one e-mail address.</source>
        <translation>Indiquez au moins une adresse e-mail.</translation>
    </message>
    <message>
        <source>The state is “subscribed”, “unsubscribed” or “opted_in”.</source>
        <translation>L’état est «&#xa0;subscribed&#xa0;», «&#xa0;unsubscribed&#xa0;» ou «&#xa0;opted_in&#xa0;».</translation>
    </message>
    <message>
        <source>Give a start and an end date, or phone numbers.</source>
        <translation>Indiquez une date de début et une date de fin, ou des numéros de téléphone.</translation>
    </message>
    <message>
        <source>The reason is “provider_error” or “deactivated”.</source>
        <translation>La raison est «&#xa0;provider_error&#xa0;» ou «&#xa0;deactivated&#xa0;».</translation>
    </message>
    <message>
        <source>Give at least one phone number.</source>
        <translation>Indiquez au moins un numéro de téléphone.</translation>
    </message>
    <message>
        <source>A recipient is an external ID, an alias, a Braze ID or an e-mail address.</source>
        <translation>Un destinataire est un ID externe, un alias, un ID Braze ou une adresse e-mail.</translation>
    </message>
    <message>
        <source>The Canvas entry properties must be smaller than 50 KB.</source>
        <translation>Les propriétés d’entrée du Canvas doivent faire moins de 50 Ko.</translation>
    </message>
    <message>
        <source>Either list recipients or turn on broadcast to enter the Canvas&apos;s whole audience, not both.</source>
        <translation>Indiquez des destinataires ou activez le broadcast pour faire entrer toute l’audience du Canvas, mais pas les deux.</translation>
    </message>
    <message>
        <source>Either list recipients or turn on broadcast, not both.</source>
        <translation>Indiquez des destinataires ou activez le broadcast, mais pas les deux.</translation>
    </message>
    <message>
        <source>An e-mail address needs a prioritization, e.g. “identified”, “most_recently_updated”.</source>
        <translation>Une adresse e-mail a besoin d’une priorisation, par exemple «&#xa0;identified&#xa0;», «&#xa0;most_recently_updated&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not a prioritization; use identified, unidentified, most_recently_updated or least_recently_updated.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une priorisation&#xa0;; utilisez identified, unidentified, most_recently_updated ou least_recently_updated.</translation>
    </message>
    <message>
        <source>Use only one of “identified” and “unidentified”.</source>
        <translation>N’utilisez qu’une seule des valeurs «&#xa0;identified&#xa0;» et «&#xa0;unidentified&#xa0;».</translation>
    </message>
    <message>
        <source>A merge names a user by external ID, alias, e-mail address or phone number.</source>
        <translation>Une fusion désigne un utilisateur par ID externe, alias, adresse e-mail ou numéro de téléphone.</translation>
    </message>
    <message>
        <source>Name at least one pair of users to merge.</source>
        <translation>Indiquez au moins une paire d’utilisateurs à fusionner.</translation>
    </message>
    <message>
        <source>A user cannot be merged into itself.</source>
        <translation>Un utilisateur ne peut pas être fusionné avec lui-même.</translation>
    </message>
    <message>
        <source>Name at least one external ID to rename.</source>
        <translation>Indiquez au moins un ID externe à renommer.</translation>
    </message>
    <message>
        <source>The new external ID must differ from the current one.</source>
        <translation>Le nouvel ID externe doit être différent de l’actuel.</translation>
    </message>
    <message>
        <source>Name at least one deprecated external ID to remove.</source>
        <translation>Indiquez au moins un ID externe obsolète à supprimer.</translation>
    </message>
    <message>
        <source>Choose the fields to export; Braze requires them.</source>
        <translation>Choisissez les champs à exporter&#xa0;; Braze les exige.</translation>
    </message>
    <message>
        <source>The global control group export cannot pick single custom attributes; export “custom_attributes”.</source>
        <translation>L’export du groupe de contrôle global ne peut pas choisir d’attributs personnalisés un par un&#xa0;; exportez «&#xa0;custom_attributes&#xa0;».</translation>
    </message>
    <message>
        <source>At most 500 custom attributes can be exported by name.</source>
        <translation>Au plus 500 attributs personnalisés peuvent être exportés par leur nom.</translation>
    </message>
    <message>
        <source>The callback must be an http or https URL.</source>
        <translation>Le rappel doit être une URL http ou https.</translation>
    </message>
    <message numerus="yes">
        <source>The external ID has %n characters; Braze allows fewer than 512.</source>
        <translation>
            <numerusform>L&apos;ID externe compte %n caractère&#xa0;; Braze en autorise moins de 512.</numerusform>
            <numerusform>L&apos;ID externe compte %n caractères&#xa0;; Braze en autorise moins de 512.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” starts or ends with a space or line break; Braze would trim it, so remove it.</source>
        <translation>«&#xa0;%1&#xa0;» commence ou se termine par un espace ou un saut de ligne&#xa0;; Braze le supprimerait, retirez-le donc.</translation>
    </message>
    <message>
        <source>“%1” starts with “$”, which Braze reserves for itself. Choose a name without it.</source>
        <translation>«&#xa0;%1&#xa0;» commence par «&#xa0;$&#xa0;», que Braze se réserve. Choisissez un nom sans ce caractère.</translation>
    </message>
    <message numerus="yes">
        <source>“%1…” has %n characters; Braze truncates names of 255 or more. Keep it under 50.</source>
        <translation>
            <numerusform>«&#xa0;%1…&#xa0;» compte %n caractère&#xa0;; Braze tronque les noms de 255 caractères ou plus. Limitez-le à moins de 50 caractères.</numerusform>
            <numerusform>«&#xa0;%1…&#xa0;» compte %n caractères&#xa0;; Braze tronque les noms de 255 caractères ou plus. Limitez-le à moins de 50 caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” contains a line break.</source>
        <translation>«&#xa0;%1&#xa0;» contient un saut de ligne.</translation>
    </message>
    <message>
        <source>Enter the attribute&apos;s name.</source>
        <translation>Saisissez le nom de l&apos;attribut.</translation>
    </message>
    <message>
        <source>Enter the nested attribute&apos;s key.</source>
        <translation>Saisissez la clé de l&apos;attribut imbriqué.</translation>
    </message>
    <message>
        <source>Enter the event&apos;s name.</source>
        <translation>Saisissez le nom de l&apos;événement.</translation>
    </message>
    <message>
        <source>Enter the property&apos;s name.</source>
        <translation>Saisissez le nom de la propriété.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n digits; an E.164 number has 7 to 15.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» compte %n chiffre&#xa0;; un numéro E.164 en compte de 7 à 15.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» compte %n chiffres&#xa0;; un numéro E.164 en compte de 7 à 15.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Webhook::AudienceFetcher</name>
    <message>
        <source>No workspace is connected; choose a workspace first.</source>
        <translation>Aucun espace de travail n&apos;est connecté&#xa0;; choisissez d&apos;abord un espace de travail.</translation>
    </message>
    <message>
        <source>users %1 to %2 could not be fetched: %3</source>
        <translation>les utilisateurs %1 à %2 n&apos;ont pas pu être récupérés&#xa0;: %3</translation>
    </message>
    <message>
        <source>no user matches %1</source>
        <translation>aucun utilisateur ne correspond à %1</translation>
    </message>
</context>
<context>
    <name>Webhook::AudienceReport</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n de plus</numerusform>
            <numerusform>et %n de plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) previewed</source>
        <translation>
            <numerusform>%n utilisateur prévisualisé</numerusform>
            <numerusform>%n utilisateurs prévisualisés</numerusform>
        </translation>
    </message>
    <message>
        <source>would be sent: %1</source>
        <translation>seraient envoyés&#xa0;: %1</translation>
    </message>
    <message>
        <source>aborted: %1</source>
        <translation>interrompus&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 × %2: %3</source>
        <translation>%1 × %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>broken: %1</source>
        <translation>défectueux&#xa0;: %1</translation>
    </message>
    <message>
        <source>unreadable lines: %1</source>
        <translation>lignes illisibles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Users without a value the template uses:</source>
        <translation>Utilisateurs sans une valeur utilisée par le modèle&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n user(s) (%2)</source>
        <translation>
            <numerusform>%1&#xa0;: %n utilisateur (%2)</numerusform>
            <numerusform>%1&#xa0;: %n utilisateurs (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Liquid outputs:</source>
        <translation>Sorties Liquid&#xa0;:</translation>
    </message>
    <message>
        <source>rendered %1 times, empty %2, default used %3</source>
        <translation>rendue %1 fois, vide %2 fois, valeur par défaut %3 fois</translation>
    </message>
    <message>
        <source>“%1” × %2</source>
        <translation>« %1 » × %2</translation>
    </message>
    <message>
        <source>most common: %1</source>
        <translation>valeurs les plus fréquentes&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 further values not counted one by one</source>
        <translation>%1 autres valeurs, non comptées une par une</translation>
    </message>
    <message>
        <source>Body size: largest %1 bytes (%2), average %3 bytes.</source>
        <translation>Taille du corps de la requête&#xa0;: au plus %1 octets (%2), en moyenne %3 octets.</translation>
    </message>
    <message>
        <source>No body is over Braze&apos;s 4 MB limit.</source>
        <translation>Aucun corps de requête ne dépasse la limite de 4 Mo de Braze.</translation>
    </message>
</context>
<context>
    <name>Webhook::AudienceSummary</name>
    <message>
        <source>The URL is not a web address</source>
        <translation>L&apos;URL n&apos;est pas une adresse web</translation>
    </message>
    <message>
        <source>The URL does not start with https://</source>
        <translation>L&apos;URL ne commence pas par https://</translation>
    </message>
    <message>
        <source>The URL uses a port other than 80 or 443</source>
        <translation>L&apos;URL utilise un autre port que 80 ou 443</translation>
    </message>
    <message>
        <source>A header value contains a line break</source>
        <translation>Une valeur d&apos;en-tête contient un saut de ligne</translation>
    </message>
    <message>
        <source>The body is not valid JSON</source>
        <translation>Le corps de la requête n&apos;est pas du JSON valide</translation>
    </message>
    <message>
        <source>Other Liquid errors</source>
        <translation>Autres erreurs Liquid</translation>
    </message>
    <message>
        <source>The body is larger than the 4 MB Braze accepts on its REST API</source>
        <translation>Le corps de la requête dépasse les 4 Mo que Braze accepte sur son API REST</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Webhook::ConnectedContentSource</name>
    <message>
        <source>live, failed: %1</source>
        <translation>en direct, échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>stubbed: HTTP %1</source>
        <translation>stub&#xa0;: HTTP %1</translation>
    </message>
    <message>
        <source>cached: HTTP %1</source>
        <translation>en cache&#xa0;: HTTP %1</translation>
    </message>
    <message>
        <source>live: HTTP %1</source>
        <translation>en direct&#xa0;: HTTP %1</translation>
    </message>
    <message>
        <source>%1 (Braze would retry it)</source>
        <translation>%1 (Braze réessaierait)</translation>
    </message>
    <message>
        <source>%1, saved as %2</source>
        <translation>%1, enregistré sous %2</translation>
    </message>
    <message>
        <source>the Connected Content credential &apos;%1&apos; is not set up: enter it as the partner secret %2 (username:password)</source>
        <translation>l&apos;identifiant Connected Content &apos;%1&apos; n&apos;est pas configuré&#xa0;: saisissez-le comme secret partenaire %2 (utilisateur:mot de passe)</translation>
    </message>
    <message>
        <source>the preview does not call connected content URLs</source>
        <translation>l&apos;aperçu n&apos;appelle pas les URL de contenu connecté</translation>
    </message>
</context>
<context>
    <name>Webhook::CurlImport</name>
    <message>
        <source>A quote in the command is never closed; copy the whole command.</source>
        <translation>Un guillemet de la commande n&apos;est jamais fermé&#xa0;; copiez toute la commande.</translation>
    </message>
    <message>
        <source>This is not a cURL command: it must start with curl, as in the partner&apos;s documentation.</source>
        <translation>Ce n&apos;est pas une commande cURL&#xa0;: elle doit commencer par curl, comme dans la documentation du partenaire.</translation>
    </message>
    <message>
        <source>The header “%1” has no name: value form and was left out.</source>
        <translation>L&apos;en-tête « %1 » n&apos;a pas la forme nom: valeur et a été ignoré.</translation>
    </message>
    <message>
        <source>The command reads its body from the file “%1”; paste the body itself into the command instead.</source>
        <translation>La commande lit le corps de la requête dans le fichier « %1 »&#xa0;; collez plutôt le corps lui-même dans la commande.</translation>
    </message>
    <message>
        <source>The option %1 does not apply to a webhook and was left out.</source>
        <translation>L&apos;option %1 ne s&apos;applique pas à un webhook et a été ignorée.</translation>
    </message>
    <message>
        <source>Braze does not follow redirects: point the webhook at the final address.</source>
        <translation>Braze ne suit pas les redirections&#xa0;: faites pointer le webhook vers l&apos;adresse finale.</translation>
    </message>
    <message>
        <source>The extra argument “%1” was left out.</source>
        <translation>L&apos;argument supplémentaire « %1 » a été ignoré.</translation>
    </message>
    <message>
        <source>The cURL command names no URL.</source>
        <translation>La commande cURL n&apos;indique aucune URL.</translation>
    </message>
    <message>
        <source>“%1” is not a web address; the command&apos;s URL must start with https://.</source>
        <translation>« %1 » n&apos;est pas une adresse web&#xa0;; l&apos;URL de la commande doit commencer par https://.</translation>
    </message>
    <message>
        <source>Imported from cURL: %1</source>
        <translation>Importé depuis cURL&#xa0;: %1</translation>
    </message>
    <message>
        <source>Braze webhooks cannot use the method %1; they use POST, PUT, PATCH, GET or DELETE.</source>
        <translation>Les webhooks Braze ne peuvent pas utiliser la méthode %1&#xa0;; ils utilisent POST, PUT, PATCH, GET ou DELETE.</translation>
    </message>
    <message>
        <source>Imported from a cURL command.</source>
        <translation>Importé depuis une commande cURL.</translation>
    </message>
</context>
<context>
    <name>Webhook::DeliveryRehearsal</name>
    <message>
        <source>no answer within 90 seconds</source>
        <translation>aucune réponse en 90 secondes</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Attempt %1 at %2: %3 after %4 ms</source>
        <translation>Tentative %1 à %2&#xa0;: %3 après %4 ms</translation>
    </message>
    <message>
        <source>%1; Braze counts the webhook as delivered.</source>
        <translation>%1&#xa0;; Braze compte le webhook comme livré.</translation>
    </message>
    <message>
        <source>%1; Braze retries in %2.</source>
        <translation>%1&#xa0;; Braze réessaie dans %2.</translation>
    </message>
    <message>
        <source>%1; cancelled.</source>
        <translation>%1&#xa0;; annulé.</translation>
    </message>
    <message>
        <source>%1; Braze does not follow redirects and does not retry.</source>
        <translation>%1&#xa0;; Braze ne suit pas les redirections et ne réessaie pas.</translation>
    </message>
    <message>
        <source>%1; no retries left.</source>
        <translation>%1&#xa0;; plus aucune nouvelle tentative.</translation>
    </message>
    <message>
        <source>%1; Braze does not retry this status.</source>
        <translation>%1&#xa0;; Braze ne réessaie pas pour ce statut.</translation>
    </message>
    <message>
        <source>Rehearsal cancelled.</source>
        <translation>Répétition annulée.</translation>
    </message>
    <message>
        <source>Delivered on the first attempt.</source>
        <translation>Livré à la première tentative.</translation>
    </message>
    <message>
        <source>Delivered on the second attempt.</source>
        <translation>Livré à la deuxième tentative.</translation>
    </message>
    <message>
        <source>Delivered on the third attempt.</source>
        <translation>Livré à la troisième tentative.</translation>
    </message>
    <message>
        <source>Delivered on the fourth attempt.</source>
        <translation>Livré à la quatrième tentative.</translation>
    </message>
    <message>
        <source>Delivered on the fifth attempt.</source>
        <translation>Livré à la cinquième tentative.</translation>
    </message>
    <message>
        <source>Delivered on the sixth attempt.</source>
        <translation>Livré à la sixième tentative.</translation>
    </message>
    <message>
        <source>Not delivered: all %1 attempts failed. Braze logs the failure in the Message Activity Log; an endpoint that cannot be reached at all may be retried for up to 24 hours.</source>
        <translation>Non livré&#xa0;: les %1 tentatives ont toutes échoué. Braze consigne l&apos;échec dans le journal d&apos;activité des messages&#xa0;; un endpoint injoignable peut être réessayé jusqu&apos;à 24 heures.</translation>
    </message>
    <message>
        <source>Not delivered: the endpoint answered %1, a redirect, and Braze does not follow redirects.</source>
        <translation>Non livré&#xa0;: l&apos;endpoint a répondu %1, une redirection, et Braze ne suit pas les redirections.</translation>
    </message>
    <message>
        <source>Not delivered: the endpoint answered %1, which Braze does not retry.</source>
        <translation>Non livré&#xa0;: l&apos;endpoint a répondu %1, que Braze ne réessaie pas.</translation>
    </message>
</context>
<context>
    <name>Webhook::PersonalizationCatalog</name>
    <message>
        <source>Standard attributes</source>
        <translation>Attributs standard</translation>
    </message>
    <message>
        <source>Most recently used device</source>
        <translation>Appareil utilisé le plus récemment</translation>
    </message>
    <message>
        <source>Custom attributes</source>
        <translation>Attributs personnalisés</translation>
    </message>
    <message>
        <source>Event properties</source>
        <translation>Propriétés de l&apos;événement</translation>
    </message>
    <message>
        <source>Canvas entry properties</source>
        <translation>Propriétés d&apos;entrée du Canvas</translation>
    </message>
    <message>
        <source>API trigger properties</source>
        <translation>Propriétés du déclencheur API</translation>
    </message>
    <message>
        <source>Campaign and Canvas</source>
        <translation>Campagne et Canvas</translation>
    </message>
</context>
<context>
    <name>Webhook::PresetCatalog</name>
    <message>
        <source>Braze to Braze: count a webhook send on the profile</source>
        <translation>Braze vers Braze&#xa0;: compter un envoi de webhook dans le profil</translation>
    </message>
    <message>
        <source>Quikly: reward a customer journey event</source>
        <translation>Quikly&#xa0;: récompenser un événement du parcours client</translation>
    </message>
</context>
<context>
    <name>Webhook::PreviewUserLookup</name>
    <message>
        <source>No workspace is connected; choose a workspace first.</source>
        <translation>Aucun espace de travail n&apos;est connecté&#xa0;; choisissez-en d&apos;abord un.</translation>
    </message>
    <message>
        <source>Could not look up %1: %2</source>
        <translation>Impossible de rechercher %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No user matches %1 in this workspace.</source>
        <translation>Aucun utilisateur ne correspond à %1 dans cet espace de travail.</translation>
    </message>
    <message>
        <source>Braze&apos;s API has no call that picks a random user; look up an existing user instead, or use the Sandbox workspace.</source>
        <translation>L&apos;API de Braze ne propose aucun appel pour choisir un utilisateur aléatoire&#xa0;; recherchez plutôt un utilisateur existant ou utilisez l&apos;espace de travail Bac à sable.</translation>
    </message>
    <message>
        <source>The sandbox has no users to pick from; reset it to the demo data.</source>
        <translation>Le bac à sable ne contient aucun utilisateur&#xa0;; réinitialisez-le avec les données de démo.</translation>
    </message>
    <message>
        <source>random user</source>
        <translation>utilisateur aléatoire</translation>
    </message>
</context>
<context>
    <name>Webhook::RequestRenderer</name>
    <message>
        <source>Braze&apos;s webhook composer documents POST, GET, PUT and DELETE; check that your Braze dashboard offers PATCH before relying on it.</source>
        <translation>Le compositeur de webhooks de Braze documente POST, GET, PUT et DELETE&#xa0;; vérifiez que votre tableau de bord Braze propose PATCH avant de vous y fier.</translation>
    </message>
    <message>
        <source>The rendered value contains a line break, which a header cannot carry.</source>
        <translation>La valeur rendue contient un saut de ligne, ce qu&apos;un en-tête ne peut pas transporter.</translation>
    </message>
    <message>
        <source>A GET request carries no body; Braze sends it without one.</source>
        <translation>Une requête GET n&apos;a pas de corps&#xa0;; Braze l&apos;envoie sans.</translation>
    </message>
    <message>
        <source>This pair has a value but no key.</source>
        <translation>Cette paire a une valeur, mais pas de clé.</translation>
    </message>
    <message>
        <source>The key “%1” is used twice; the receiver may keep either value.</source>
        <translation>La clé «&#xa0;%1&#xa0;» est utilisée deux fois&#xa0;; le destinataire peut retenir l&apos;une ou l&apos;autre valeur.</translation>
    </message>
    <message>
        <source>Key/value pairs are sent as JSON, but the Content-Type header says “%1”.</source>
        <translation>Les paires clé-valeur sont envoyées en JSON, mais l&apos;en-tête Content-Type indique «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The rendered body is not valid JSON: %1.</source>
        <translation>Le corps rendu n&apos;est pas du JSON valide&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No Content-Type header: add one (for example application/json) so the receiver knows how to read the body.</source>
        <translation>Aucun en-tête Content-Type&#xa0;: ajoutez-en un (par exemple application/json) pour que le destinataire sache comment lire le corps.</translation>
    </message>
    <message>
        <source>Enter the URL the webhook is sent to.</source>
        <translation>Saisissez l&apos;URL à laquelle le webhook est envoyé.</translation>
    </message>
    <message>
        <source>“%1” is not a web address; it must start with https:// and name a host.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse web&#xa0;: elle doit commencer par https:// et indiquer un hôte.</translation>
    </message>
    <message>
        <source>Braze only sends webhooks to ports 80 and 443; port %1 will not be reached.</source>
        <translation>Braze n&apos;envoie des webhooks qu&apos;aux ports 80 et 443&#xa0;; le port %1 ne sera pas atteint.</translation>
    </message>
    <message>
        <source>This header has a value but no name.</source>
        <translation>Cet en-tête a une valeur, mais pas de nom.</translation>
    </message>
    <message>
        <source>“%1” looks like a translated header name; HTTP header names are never translated: use “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» ressemble à un nom d&apos;en-tête traduit&#xa0;; les noms d&apos;en-têtes HTTP ne se traduisent jamais&#xa0;: utilisez «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not a valid header name (letters, digits and - only, no spaces or colons).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;en-tête valide (uniquement des lettres, des chiffres et des -, sans espaces ni deux-points).</translation>
    </message>
    <message>
        <source>“Überbringer” is a translation of “Bearer”; the scheme must be written “Bearer”.</source>
        <translation>«&#xa0;Überbringer&#xa0;» est une traduction de «&#xa0;Bearer&#xa0;»&#xa0;; le schéma doit s&apos;écrire «&#xa0;Bearer&#xa0;».</translation>
    </message>
    <message>
        <source>The template uses %1 from the partner&apos;s Settings tab (%2), but this workspace has no value saved there: save it on that tab, or type the value in the template instead.</source>
        <translation>Le modèle utilise %1 de l’onglet Paramètres du partenaire (%2), mais cet espace de travail n’y a aucune valeur enregistrée&#xa0;: enregistrez-la dans cet onglet ou saisissez la valeur directement dans le modèle.</translation>
    </message>
</context>
<context>
    <name>Webhook::TemplateFile</name>
    <message>
        <source>“%1” is not a webhook template: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un modèle de webhook&#xa0;: %2.</translation>
    </message>
    <message>
        <source>it holds no JSON object</source>
        <translation>il ne contient aucun objet JSON</translation>
    </message>
</context>
<context>
    <name>Webhook::TemplateLibrary</name>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Could not delete “%1”: %2.</source>
        <translation>Impossible de supprimer «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>New webhook</source>
        <translation>Nouveau webhook</translation>
    </message>
</context>
<context>
    <name>Webhook::UserLinesReader</name>
    <message>
        <source>Could not open the users file “%1”: %2.</source>
        <translation>Impossible d&apos;ouvrir le fichier d&apos;utilisateurs « %1 »&#xa0;: %2.</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at character %2)</source>
        <translation>JSON non valide (%1 au caractère %2)</translation>
    </message>
    <message>
        <source>not a user object</source>
        <translation>pas un objet utilisateur</translation>
    </message>
    <message>
        <source>the users array holds something that is not a user object</source>
        <translation>le tableau « users » contient autre chose qu&apos;un objet utilisateur</translation>
    </message>
    <message>
        <source>Reading the users file stopped at line %1: %2.</source>
        <translation>La lecture du fichier d&apos;utilisateurs s&apos;est arrêtée à la ligne %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>longer than %1 MB</source>
        <translation>plus longue que %1 Mo</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not read line %1 of “%2” again: %3.</source>
        <translation>Impossible de relire la ligne %1 de « %2 »&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Line %1 of “%2” changed since the preview: %3</source>
        <translation>La ligne %1 de « %2 » a changé depuis l&apos;aperçu&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Webhook::WebhookProblem</name>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>header %1 name</source>
        <translation>nom de l&apos;en-tête %1</translation>
    </message>
    <message>
        <source>header %1 value</source>
        <translation>valeur de l&apos;en-tête %1</translation>
    </message>
    <message>
        <source>pair %1 key</source>
        <translation>clé de la paire %1</translation>
    </message>
    <message>
        <source>pair %1 value</source>
        <translation>valeur de la paire %1</translation>
    </message>
    <message>
        <source>body</source>
        <translation>corps</translation>
    </message>
    <message>
        <source>rendered body</source>
        <translation>corps rendu</translation>
    </message>
    <message>
        <source>request</source>
        <translation>requête</translation>
    </message>
</context>
<context>
    <name>Webhook::WebhookTemplate</name>
    <message>
        <source>This is not a webhook template file (no schema version or URL).</source>
        <translation>Ce fichier n&apos;est pas un modèle de webhook (ni version de schéma ni URL).</translation>
    </message>
    <message>
        <source>This template was saved by a newer version of the console; update the console to open it.</source>
        <translation>Ce modèle a été enregistré par une version plus récente de la console&#xa0;; mettez la console à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The HTTP method “%1” is not one Braze offers (POST, PUT, PATCH, GET, DELETE).</source>
        <translation>La méthode HTTP «&#xa0;%1&#xa0;» ne fait pas partie de celles que propose Braze (POST, PUT, PATCH, GET, DELETE).</translation>
    </message>
</context>
<context>
    <name>Webhook::WorkspaceLiquidData</name>
    <message>
        <source>the Content Block &apos;%1&apos; is being read from the workspace</source>
        <translation>le bloc de contenu &apos;%1&apos; est en cours de lecture dans l&apos;espace de travail</translation>
    </message>
    <message>
        <source>the workspace has no Content Block named &apos;%1&apos;</source>
        <translation>l&apos;espace de travail n&apos;a aucun bloc de contenu nommé &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the items of the catalog &apos;%1&apos; are being read from the workspace</source>
        <translation>les articles du catalogue &apos;%1&apos; sont en cours de lecture dans l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Braze&apos;s API does not give out the selection &apos;%2&apos; of the catalog &apos;%1&apos;: choose a catalogs file that holds it to preview catalog_selection_items</source>
        <translation>l&apos;API de Braze ne fournit pas la sélection &apos;%2&apos; du catalogue &apos;%1&apos;&#xa0;: choisissez un fichier de catalogues qui la contient pour prévisualiser catalog_selection_items</translation>
    </message>
    <message>
        <source>%1 failed: the API key lacks the permission %2</source>
        <translation>%1 a échoué&#xa0;: la clé d&apos;API n&apos;a pas l&apos;autorisation %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>the Content Block &apos;%1&apos; cannot be read: no workspace is connected</source>
        <translation>le bloc de contenu &apos;%1&apos; ne peut pas être lu&#xa0;: aucun espace de travail n&apos;est connecté</translation>
    </message>
    <message>
        <source>the catalog &apos;%1&apos; cannot be read: no workspace is connected</source>
        <translation>le catalogue &apos;%1&apos; ne peut pas être lu&#xa0;: aucun espace de travail n&apos;est connecté</translation>
    </message>
    <message>
        <source>the workspace has no catalog named &apos;%1&apos;</source>
        <translation>l&apos;espace de travail n&apos;a aucun catalogue nommé &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>WebhookCommand</name>
    <message>
        <source>Template file (JSON) or preset:ID, e.g. preset:quikly.</source>
        <translation>Fichier de modèle (JSON) ou preset:ID, p. ex. preset:quikly.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>User file: one user object as users/export/ids returns it, optionally with event_properties, canvas_entry_properties and api_trigger_properties.</source>
        <translation>Fichier utilisateur&#xa0;: un objet utilisateur tel que le renvoie users/export/ids, éventuellement avec event_properties, canvas_entry_properties et api_trigger_properties.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>send: start a local sandbox and send to its webhook receiver (offline rehearsal).</source>
        <translation>send&#xa0;: démarrer un bac à sable local et envoyer à son récepteur de webhooks (répétition hors ligne).</translation>
    </message>
    <message>
        <source>Perform connected_content calls (otherwise they are only listed).</source>
        <translation>Exécuter les appels connected_content (sinon, ils sont seulement listés).</translation>
    </message>
    <message>
        <source>this user would not be sent: %1</source>
        <translation>cet utilisateur ne recevrait pas le message&#xa0;: %1</translation>
    </message>
    <message>
        <source>The partner secret “%1” is not set: export %2 before sending.</source>
        <translation>Le secret partenaire «&#xa0;%1&#xa0;» n&apos;est pas défini&#xa0;: exportez %2 avant l&apos;envoi.</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Le bac à sable n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sending %1 %2</source>
        <translation>Envoi de %1 %2</translation>
    </message>
    <message>
        <source>preview: a JSON lines file with one user per line (as users/export/ids returns each user); prints the audience summary.</source>
        <translation>preview&#xa0;: un fichier JSON Lines avec un utilisateur par ligne (tel que users/export/ids renvoie chaque utilisateur)&#xa0;; affiche le résumé de l&apos;audience.</translation>
    </message>
    <message>
        <source>preview --users: print the summary (the default; kept for scripts that spell it out).</source>
        <translation>preview --users&#xa0;: afficher le résumé (par défaut&#xa0;; pour les scripts qui l&apos;écrivent explicitement).</translation>
    </message>
    <message>
        <source>preview --users: print the summary as JSON.</source>
        <translation>preview --users&#xa0;: afficher le résumé en JSON.</translation>
    </message>
    <message>
        <source>--users goes with preview and replaces --user.</source>
        <translation>--users s&apos;emploie avec preview et remplace --user.</translation>
    </message>
    <message>
        <source>Render a webhook template for a user (preview), send it (send), rehearse Braze&apos;s delivery (rehearse) or import a cURL command (import-curl)</source>
        <translation>Effectuer le rendu d&apos;un modèle de webhook pour un utilisateur (preview), l&apos;envoyer (send), répéter la livraison par Braze (rehearse) ou importer une commande cURL (import-curl)</translation>
    </message>
    <message>
        <source>preview, send, rehearse or import-curl</source>
        <translation>preview, send, rehearse ou import-curl</translation>
    </message>
    <message>
        <source>rehearse: start a local sandbox whose webhook receiver answers these statuses in turn, e.g. 503,503,200 (also drop, hang).</source>
        <translation>rehearse&#xa0;: démarrer un sandbox local dont le récepteur de webhooks répond tour à tour ces statuts, p. ex. 503,503,200 (aussi drop, hang).</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>rehearse: run Braze&apos;s waits and timeouts this many times faster (1: real time).</source>
        <translation>rehearse&#xa0;: faire passer les délais et expirations de Braze autant de fois plus vite (1&#xa0;: temps réel).</translation>
    </message>
    <message>
        <source>FACTOR</source>
        <translation>FACTEUR</translation>
    </message>
    <message>
        <source>import-curl: write the template to this file instead of standard output.</source>
        <translation>import-curl&#xa0;: écrire le modèle dans ce fichier au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>Could not read standard input.</source>
        <translation>Impossible de lire l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Usage: braze-cli webhook preview|send|rehearse --template FILE.json|preset:ID [--user FILE.json | --users FILE.jsonl [--summary] [--json]]</source>
        <translation>Utilisation&#xa0;: braze-cli webhook preview|send|rehearse --template FICHIER.json|preset:ID [--user FICHIER.json | --users FICHIER.jsonl [--summary] [--json]]</translation>
    </message>
    <message>
        <source>       braze-cli webhook import-curl [--output FILE.json] &lt; command.txt</source>
        <translation>                braze-cli webhook import-curl [--output FICHIER.json] &lt; commande.txt</translation>
    </message>
    <message>
        <source>--speed takes a positive number, e.g. 60.</source>
        <translation>--speed attend un nombre positif, p. ex. 60.</translation>
    </message>
    <message>
        <source>warning: the partner secret “%1” is not set (%2): the sandbox receives it masked.</source>
        <translation>avertissement&#xa0;: le secret partenaire « %1 » n&apos;est pas défini (%2)&#xa0;: le sandbox le reçoit masqué.</translation>
    </message>
    <message>
        <source>The command is longer than 1 MB; paste one cURL command.</source>
        <translation>La commande dépasse 1 Mo&#xa0;; collez une seule commande cURL.</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>The Authorization value is not in the template: it refers to the partner secret %1. Set %2 to send with it.</source>
        <translation>La valeur Authorization n&apos;est pas dans le modèle&#xa0;: il renvoie au secret partenaire %1. Définissez %2 pour envoyer avec.</translation>
    </message>
    <message>
        <source>Template written to %1.</source>
        <translation>Modèle écrit dans %1.</translation>
    </message>
    <message>
        <source>--sandbox-answers takes statuses, drop or hang separated by commas, e.g. 503,503,200.</source>
        <translation>--sandbox-answers attend des statuts, drop ou hang séparés par des virgules, p. ex. 503,503,200.</translation>
    </message>
    <message>
        <source>%1  attempt %2: %3 %4</source>
        <translation>%1  tentative %2&#xa0;: %3 %4</translation>
    </message>
    <message>
        <source>Rehearsal time runs %1 times faster than real time.</source>
        <translation>Le temps de la répétition passe %1 fois plus vite que le temps réel.</translation>
    </message>
    <message>
        <source>There is no preset “%1”; the presets are: %2.</source>
        <translation>Il n&apos;existe pas de modèle prédéfini «&#xa0;%1&#xa0;»&#xa0;; les modèles disponibles sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The user file “%1” must hold one JSON object (a user as users/export/ids returns it).</source>
        <translation>Le fichier utilisateur «&#xa0;%1&#xa0;» doit contenir un seul objet JSON (un utilisateur tel que users/export/ids le renvoie).</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>avertissement&#xa0;: </translation>
    </message>
    <message>
        <source>note: this user has no value for %1</source>
        <translation>remarque&#xa0;: cet utilisateur n&apos;a pas de valeur pour %1</translation>
    </message>
    <message>
        <source>The request was not answered: %1</source>
        <translation>La requête est restée sans réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>HTTP %1 in %2 ms</source>
        <translation>HTTP %1 en %2 ms</translation>
    </message>
    <message>
        <source>message_extras: %1 = %2</source>
        <translation>message_extras&#xa0;: %1 = %2</translation>
    </message>
    <message>
        <source>promotion code from “%1”: %2 is a sample; Braze takes a real code from the list</source>
        <translation>code promotionnel de «&#xa0;%1&#xa0;»&#xa0;: %2 est un exemple&#xa0;; Braze consomme un vrai code de la liste</translation>
    </message>
    <message>
        <source>preview: print the request a webhook template makes for a user (method, URL, headers with secrets masked, body).
preview --users FILE.jsonl: render for every user of the file and print the audience summary.
send: send it and print the response.
rehearse: send it the way Braze delivers webhooks (retries of 408, 429 and 5xx with Braze&apos;s waits, 90 s timeout, no redirects) and print each attempt.
import-curl: read a cURL command from standard input and write it as a template.
Partner secrets come from environment variables: [[secret:quikly/authorization]] is read from BRAZE_SECRET_QUIKLY_AUTHORIZATION (upper case, other characters become _).
Partner settings ([[setting:quikly/q_scope]]) are the ones saved for the active workspace (Quikly › Settings, or braze-cli integration set).
Exit status: 0 done (rehearse: delivered), 1 template or render error (with --users: some users broken or lines unreadable; import-curl: not a cURL command), 2 usage, 3 aborted by abort_message, 4 send failed or non-2xx (rehearse: not delivered).</source>
        <translation>preview&#xa0;: affiche la requête qu&apos;un modèle de webhook produit pour un utilisateur (méthode, URL, en-têtes avec secrets masqués, corps).
preview --users FICHIER.jsonl&#xa0;: effectue le rendu pour chaque utilisateur du fichier et affiche le résumé de l&apos;audience.
send&#xa0;: l&apos;envoie et affiche la réponse.
rehearse&#xa0;: l&apos;envoie comme Braze livre les webhooks (nouvelles tentatives pour 408, 429 et 5xx avec les délais de Braze, délai d&apos;expiration de 90 s, pas de redirection) et affiche chaque tentative.
import-curl&#xa0;: lit une commande cURL sur l&apos;entrée standard et l&apos;écrit comme modèle.
Les secrets partenaires viennent des variables d&apos;environnement&#xa0;: [[secret:quikly/authorization]] est lu dans BRAZE_SECRET_QUIKLY_AUTHORIZATION (majuscules, les autres caractères deviennent _).
Les paramètres partenaires ([[setting:quikly/q_scope]]) sont ceux enregistrés pour l&apos;espace de travail actif (Quikly › Paramètres ou braze-cli integration set).
Code de sortie&#xa0;: 0 terminé (rehearse&#xa0;: livré), 1 erreur de modèle ou de rendu (avec --users&#xa0;: utilisateurs défectueux ou lignes illisibles&#xa0;; import-curl&#xa0;: pas une commande cURL), 2 utilisation, 3 interrompu par abort_message, 4 envoi échoué ou réponse non 2xx (rehearse&#xa0;: non livré).</translation>
    </message>
    <message>
        <source>The partner setting %1 is not saved for the active workspace: save it first (braze-cli integration set %2 %3=VALUE).</source>
        <translation>Le paramètre partenaire %1 n’est pas enregistré pour l’espace de travail actif&#xa0;: enregistrez-le d’abord (braze-cli integration set %2 %3=VALEUR).</translation>
    </message>
    <message>
        <source>connected content: %1</source>
        <translation>contenu connecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>send, rehearse: send to this URL instead of the template&apos;s. preview: the workspace&apos;s REST endpoint (key in BRAZE_API_KEY) whose Content Blocks and catalog items fill the preview.</source>
        <translation>send, rehearse&#xa0;: envoyer à cette URL au lieu de celle du modèle. preview&#xa0;: l&apos;endpoint REST de l&apos;espace de travail (clé dans BRAZE_API_KEY) dont les blocs de contenu et les articles de catalogue remplissent l&apos;aperçu.</translation>
    </message>
</context>
<context>
    <name>WebhookPage</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Send a test</source>
        <translation>Envoyer un test</translation>
    </message>
    <message>
        <source>Some template files could not be read and were skipped:
%1</source>
        <translation>Certains fichiers de modèle n&apos;ont pas pu être lus et ont été ignorés&#xa0;:
%1</translation>
    </message>
    <message>
        <source>New webhook</source>
        <translation>Nouveau webhook</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation>«&#xa0;%1&#xa0;» comporte des modifications non enregistrées. Les enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Récupérer les modifications non enregistrées</translation>
    </message>
    <message>
        <source>The console closed unexpectedly while “%1” had unsaved changes (autosaved %2). Restore them?</source>
        <translation>La console s&apos;est fermée de manière inattendue alors que «&#xa0;%1&#xa0;» comportait des modifications non enregistrées (enregistrement automatique&#xa0;: %2). Les restaurer&#xa0;?</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>Open a template first.</source>
        <translation>Ouvrez d&apos;abord un modèle.</translation>
    </message>
    <message>
        <source>Fix the problems listed under the editor first; a request with errors is not sent.</source>
        <translation>Corrigez d&apos;abord les problèmes listés sous l&apos;éditeur&#xa0;; une requête comportant des erreurs n&apos;est pas envoyée.</translation>
    </message>
    <message>
        <source>This user would not be sent: %1</source>
        <translation>Cet utilisateur ne recevrait pas le message&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rename template</source>
        <translation>Renommer le modèle</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Delete “%1”? This cannot be undone.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>Suppression impossible</translation>
    </message>
    <message>
        <source>Import webhook template</source>
        <translation>Importer un modèle de webhook</translation>
    </message>
    <message>
        <source>Webhook templates (*.json)</source>
        <translation>Modèles de webhook (*.json)</translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation>Importation impossible</translation>
    </message>
    <message>
        <source>Export webhook template</source>
        <translation>Exporter le modèle de webhook</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Exportation impossible</translation>
    </message>
    <message>
        <source>Preview for an audience…</source>
        <translation>Aperçu pour une audience…</translation>
    </message>
    <message>
        <source>Render this template for many users at once and see who would be sent, aborted or broken.</source>
        <translation>Effectuer le rendu de ce modèle pour de nombreux utilisateurs à la fois et voir qui serait envoyé, interrompu ou défectueux.</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Comparer…</translation>
    </message>
    <message>
        <source>See this user&apos;s request next to the same user with edited attributes, differences marked.</source>
        <translation>Voir la requête de cet utilisateur à côté du même utilisateur aux attributs modifiés, différences marquées.</translation>
    </message>
    <message>
        <source>Import cURL…</source>
        <translation>Importer cURL…</translation>
    </message>
    <message>
        <source>Create a template from a cURL command in the partner&apos;s documentation.</source>
        <translation>Créer un modèle à partir d&apos;une commande cURL de la documentation du partenaire.</translation>
    </message>
    <message>
        <source>Rehearse delivery</source>
        <translation>Répéter la livraison</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Template “%1” saved.</source>
        <translation>Modèle «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>Template “%1” imported.</source>
        <translation>Modèle «&#xa0;%1&#xa0;» importé.</translation>
    </message>
    <message>
        <source>Template exported to %1 (partner secrets stay in the keychain).</source>
        <translation>Modèle exporté vers %1 (les secrets des partenaires restent dans le trousseau).</translation>
    </message>
    <message>
        <source>Partner values</source>
        <translation>Valeurs du partenaire</translation>
    </message>
    <message>
        <source>Save %1 on the partner&apos;s Settings tab first: the template refers to it.</source>
        <translation>Enregistrez d’abord %1 dans l’onglet Paramètres du partenaire&#xa0;: le modèle y fait référence.</translation>
    </message>
    <message>
        <source>Enter the partner secret “%1” under Partner values first.</source>
        <translation>Saisissez d’abord le secret partenaire «&#xa0;%1&#xa0;» sous Valeurs du partenaire.</translation>
    </message>
    <message>
        <source>Connected content stubs</source>
        <translation>Réponses simulées du contenu connecté</translation>
    </message>
</context>
<context>
    <name>WorkflowPanel</name>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Show in the request log</source>
        <translation>Afficher dans le journal des requêtes</translation>
    </message>
    <message>
        <source>Select a step to see its request and response.</source>
        <translation>Sélectionnez une étape pour afficher sa requête et sa réponse.</translation>
    </message>
    <message>
        <source>Fills in the parameters that name a user from a test user saved on the Test users page.</source>
        <translation>Renseigne les paramètres qui désignent un utilisateur à partir d&apos;un utilisateur de test enregistré sur la page Utilisateurs de test.</translation>
    </message>
    <message>
        <source>Workflow:</source>
        <translation>Flux de travail&#xa0;:</translation>
    </message>
    <message>
        <source>Runs against the built-in sandbox: nothing reaches Braze.</source>
        <translation>S&apos;exécute sur le bac à sable intégré&#xa0;: rien n&apos;est envoyé à Braze.</translation>
    </message>
    <message>
        <source>Runs against %1 (%2): real data in Braze!</source>
        <translation>S&apos;exécute sur %1 (%2)&#xa0;: données réelles dans Braze&#xa0;!</translation>
    </message>
    <message>
        <source>Use a saved test user…</source>
        <translation>Utiliser un utilisateur de test enregistré…</translation>
    </message>
    <message>
        <source>Check the parameters: %1</source>
        <translation>Vérifiez les paramètres&#xa0;: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Exécution…</translation>
    </message>
    <message>
        <source>%L1 s</source>
        <translation>%L1 s</translation>
    </message>
    <message>
        <source>From an earlier run, before the inputs changed: %1</source>
        <translation>D’une exécution précédente, avant la modification des entrées&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>The built-in sandbox imitates Braze&apos;s REST API on this computer, with demo users, subscription groups, segments and one API key per partner. Nothing you do here reaches Braze.</source>
        <translation>Le bac à sable intégré imite l&apos;API REST de Braze sur cet ordinateur, avec des utilisateurs de démo, des groupes d&apos;abonnement, des segments et une clé d&apos;API par partenaire. Rien de ce que vous faites ici n&apos;est envoyé à Braze.</translation>
    </message>
</context>
<context>
    <name>WorkspaceCommand</name>
    <message>
        <source>List, add, change, remove, import and export workspaces (workspace list|add|update|remove|import|export)</source>
        <translation>Lister, ajouter, modifier, supprimer, importer et exporter des espaces de travail (workspace list|add|update|remove|import|export)</translation>
    </message>
    <message>
        <source>list: the saved workspaces (--json for a script).
add --name N --endpoint URL [--app-id ID] [--notes TEXT] [--allow-custom-host]: a new workspace.
update WORKSPACE [--name N] [--endpoint URL] [--app-id ID] [--notes TEXT] [--allow-custom-host]: changes one.
remove WORKSPACE: deletes it and its API key.
import FILE [--allow-custom-host]: imports exported workspaces; export FILE: exports them (never the keys).
WORKSPACE is a name or an id. add and update take the API key from BRAZE_API_KEY into the keychain. The rules are the Workspaces page&apos;s: invalid input exits with status 2 and changes nothing.</source>
        <translation>list&#xa0;: les espaces de travail enregistrés (--json pour un script).
add --name N --endpoint URL [--app-id ID] [--notes TEXTE] [--allow-custom-host]&#xa0;: un nouvel espace de travail.
update ESPACE [--name N] [--endpoint URL] [--app-id ID] [--notes TEXTE] [--allow-custom-host]&#xa0;: en modifie un.
remove ESPACE&#xa0;: le supprime avec sa clé d’API.
import FICHIER [--allow-custom-host]&#xa0;: importe des espaces exportés&#xa0;; export FICHIER&#xa0;: les exporte (jamais les clés).
ESPACE est un nom ou un ID. add et update placent la clé d’API de BRAZE_API_KEY dans le trousseau. Les règles sont celles de la page Espaces de travail&#xa0;: une saisie non valide termine avec le code 2 et ne change rien.</translation>
    </message>
    <message>
        <source>list, add, update, remove, import or export</source>
        <translation>list, add, update, remove, import ou export</translation>
    </message>
    <message>
        <source>The workspace&apos;s name.</source>
        <translation>Le nom de l’espace de travail.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>The REST endpoint, e.g. https://rest.fra-01.braze.eu.</source>
        <translation>L’endpoint REST, par ex. https://rest.fra-01.braze.eu.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The App ID (optional).</source>
        <translation>L’ID d’application (facultatif).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Notes for colleagues.</source>
        <translation>Notes pour les collègues.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>Confirms an endpoint that is not one of Braze&apos;s REST hosts (a proxy), as the page&apos;s checkbox does.</source>
        <translation>Confirme un endpoint qui n’est pas un hôte REST de Braze (un proxy), comme la case de la page.</translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation>list&#xa0;: afficher du JSON.</translation>
    </message>
    <message>
        <source>Say what to do: braze-cli workspace list|add|update|remove|import|export; see braze-cli workspace --help.</source>
        <translation>Indiquez quoi faire&#xa0;: braze-cli workspace list|add|update|remove|import|export&#xa0;; voir braze-cli workspace --help.</translation>
    </message>
    <message>
        <source>built-in sandbox</source>
        <translation>bac à sable intégré</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Workspaces exported to %1 (without API keys).</source>
        <translation>Espaces de travail exportés vers %1 (sans clés d’API).</translation>
    </message>
    <message>
        <source>Confirm it with --allow-custom-host.</source>
        <translation>Confirmez-le avec --allow-custom-host.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Imported “%1” (%2). Enter its API key before you use it.</source>
        <translation>«&#xa0;%1&#xa0;» (%2) importé. Saisissez sa clé d’API avant de l’utiliser.</translation>
    </message>
    <message>
        <source>The built-in sandbox cannot be changed or removed from the command line.</source>
        <translation>Le bac à sable intégré ne peut être ni modifié ni supprimé depuis la ligne de commande.</translation>
    </message>
    <message>
        <source>Workspace “%1” removed, with its API key.</source>
        <translation>Espace de travail «&#xa0;%1&#xa0;» supprimé, avec sa clé d’API.</translation>
    </message>
    <message>
        <source>Give at least --name and --endpoint.</source>
        <translation>Indiquez au moins --name et --endpoint.</translation>
    </message>
    <message>
        <source>BRAZE_API_KEY: %1</source>
        <translation>BRAZE_API_KEY&#xa0;: %1</translation>
    </message>
    <message>
        <source>Workspace “%1” updated.</source>
        <translation>Espace de travail «&#xa0;%1&#xa0;» mis à jour.</translation>
    </message>
    <message>
        <source>Workspace “%1” added (id %2).</source>
        <translation>Espace de travail «&#xa0;%1&#xa0;» ajouté (ID %2).</translation>
    </message>
    <message>
        <source>No API key was given: set BRAZE_API_KEY and run braze-cli workspace update, or enter it on the Workspaces page.</source>
        <translation>Aucune clé d’API n’a été fournie&#xa0;: définissez BRAZE_API_KEY et lancez braze-cli workspace update, ou saisissez-la sur la page Espaces de travail.</translation>
    </message>
    <message>
        <source>The API key was not kept: braze-cli ends now, so enter it again on the Workspaces page or with BRAZE_API_KEY for each command.</source>
        <translation>La clé d’API n’a pas été conservée&#xa0;: braze-cli se termine maintenant. Saisissez-la à nouveau sur la page Espaces de travail, ou avec BRAZE_API_KEY pour chaque commande.</translation>
    </message>
    <message>
        <source>The API key is in the system keychain.</source>
        <translation>La clé d’API est dans le trousseau du système.</translation>
    </message>
</context>
<context>
    <name>WorkspaceEditor</name>
    <message>
        <source>Yes, this is my Braze REST endpoint</source>
        <translation>Oui, c&apos;est bien mon endpoint REST Braze</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>REST API key from Settings › APIs and Identifiers</source>
        <translation>Clé d&apos;API REST issue de Paramètres › API et identifiants</translation>
    </message>
    <message>
        <source>Show or hide the API key</source>
        <translation>Afficher ou masquer la clé d&apos;API</translation>
    </message>
    <message>
        <source>Optional: App identifier from Settings › App Settings</source>
        <translation>Facultatif&#xa0;: identifiant d&apos;app issu de Paramètres › Paramètres de l&apos;application</translation>
    </message>
    <message>
        <source>Who owns this workspace, which keys it uses, anything a colleague should know</source>
        <translation>À qui appartient cet espace de travail, quelles clés il utilise, tout ce qu&apos;un collègue devrait savoir</translation>
    </message>
    <message>
        <source>Custom URL…</source>
        <translation>URL personnalisée…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>REST &amp;endpoint:</source>
        <translation>&amp;Endpoint REST&#xa0;:</translation>
    </message>
    <message>
        <source>Rehearse with a partner&apos;s key to see what a missing permission does, or with the revoked key to see a 401.</source>
        <translation>Entraînez-vous avec la clé d&apos;un partenaire pour voir l&apos;effet d&apos;une autorisation manquante, ou avec la clé révoquée pour obtenir un 401.</translation>
    </message>
    <message>
        <source>REST API &amp;key:</source>
        <translation>&amp;Clé d&apos;API REST&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;App ID:</source>
        <translation>&amp;App ID&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>The built-in sandbox runs on this computer and is starting.</source>
        <translation>Le bac à sable intégré s&apos;exécute sur cet ordinateur et est en cours de démarrage.</translation>
    </message>
    <message>
        <source>Built-in sandbox at %1</source>
        <translation>Bac à sable intégré à l&apos;adresse %1</translation>
    </message>
    <message>
        <source>Reading the key from the keychain…</source>
        <translation>Lecture de la clé dans le trousseau…</translation>
    </message>
    <message>
        <source>All permissions</source>
        <translation>Toutes les autorisations</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <source>Allowlisted (203.0.113.7 only)</source>
        <translation>Restreinte par IP (203.0.113.7 uniquement)</translation>
    </message>
    <message>
        <source>%1 — every call answers 401</source>
        <translation>%1 — chaque appel renvoie 401</translation>
    </message>
    <message>
        <source>%1 — calls from this computer answer 401</source>
        <translation>%1 — les appels depuis cet ordinateur renvoient 401</translation>
    </message>
    <message numerus="yes">
        <source>%1 demo key — %n permission(s)</source>
        <translation>
            <numerusform>Clé de démo %1 — %n autorisation</numerusform>
            <numerusform>Clé de démo %1 — %n autorisations</numerusform>
        </translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in a file.</source>
        <translation>Conservée dans le trousseau du système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Workspace “%1” saved.</source>
        <translation>Espace de travail «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>Goes into the system keychain when you save, never into a file.</source>
        <translation>Va dans le trousseau du système à l’enregistrement, jamais dans un fichier.</translation>
    </message>
</context>
<context>
    <name>WorkspaceItemDelegate</name>
    <message>
        <source>%1 (active)</source>
        <translation>%1 (actif)</translation>
    </message>
    <message>
        <source>Built-in sandbox on this computer</source>
        <translation>Bac à sable intégré sur cet ordinateur</translation>
    </message>
    <message>
        <source>%1 (not saved yet)</source>
        <translation>%1 (pas encore enregistré)</translation>
    </message>
</context>
<context>
    <name>WorkspacePermissionsSection</name>
    <message>
        <source>API key permissions of the active workspace</source>
        <translation>Autorisations de la clé d&apos;API de l&apos;espace de travail actif</translation>
    </message>
    <message>
        <source>API key permissions of “%1”</source>
        <translation>Autorisations de la clé d&apos;API de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>WorkspacesPage</name>
    <message>
        <source>Use this workspace</source>
        <translation>Utiliser cet espace de travail</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the workspaces as JSON for a colleague. API keys are never exported.</source>
        <translation>Enregistrer les espaces de travail en JSON pour un collègue. Les clés d&apos;API ne sont jamais exportées.</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Espaces de travail</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>The active workspace is the one every page and workflow talks to.</source>
        <translation>L&apos;espace de travail actif est celui qu&apos;utilisent toutes les pages et tous les flux de travail.</translation>
    </message>
    <message>
        <source>Active workspace</source>
        <translation>Espace de travail actif</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The workspace has changes that are not saved yet. Save them?</source>
        <translation>L&apos;espace de travail comporte des modifications non enregistrées. Les enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>Delete workspace</source>
        <translation>Supprimer l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Delete the workspace “%1”? Its API key is removed from the keychain too.</source>
        <translation>Supprimer l&apos;espace de travail «&#xa0;%1&#xa0;»&#xa0;? Sa clé d&apos;API sera également retirée du trousseau.</translation>
    </message>
    <message>
        <source>Import workspaces</source>
        <translation>Importer des espaces de travail</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Export workspaces</source>
        <translation>Exporter les espaces de travail</translation>
    </message>
    <message>
        <source>workspaces.json</source>
        <translation>workspaces.json</translation>
    </message>
    <message>
        <source>Save the new workspace first.</source>
        <translation>Enregistrez d’abord le nouvel espace de travail.</translation>
    </message>
    <message>
        <source>New workspace not saved</source>
        <translation>Nouvel espace de travail non enregistré</translation>
    </message>
    <message>
        <source>The new workspace “%1” is not saved yet. Save it? Otherwise it is discarded.</source>
        <translation>Le nouvel espace de travail «&#xa0;%1&#xa0;» n’est pas encore enregistré. L’enregistrer&#xa0;? Sinon, il est abandonné.</translation>
    </message>
    <message>
        <source>Workspace “%1”: %2</source>
        <translation>Espace de travail «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>you did not confirm %1 as its REST endpoint.</source>
        <translation>vous n’avez pas confirmé %1 comme son endpoint REST.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n workspace(s): %1. Enter each one&apos;s API key before you use it.</source>
        <translation>
            <numerusform>%n espace de travail importé&#xa0;: %1. Saisissez sa clé d’API avant de l’utiliser.</numerusform>
            <numerusform>%n espaces de travail importés&#xa0;: %1. Saisissez la clé d’API de chacun avant de l’utiliser.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>Non importés&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n workspace(s).</source>
        <translation>
            <numerusform>%n espace de travail importé.</numerusform>
            <numerusform>%n espaces de travail importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Workspaces exported to %1 (without API keys).</source>
        <translation>Espaces de travail exportés vers %1 (sans clés d’API).</translation>
    </message>
</context>
<context>
    <name>braze-cli</name>
    <message>
        <source>braze-cli: unknown command &apos;%1&apos;; see braze-cli --help</source>
        <translation>braze-cli&#xa0;: commande inconnue &apos;%1&apos;&#xa0;; voir braze-cli --help</translation>
    </message>
    <message>
        <source>Headless Braze console. Commands:</source>
        <translation>Console Braze sans interface graphique. Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Run &apos;braze-cli COMMAND --help&apos; for a command&apos;s options. The API key is read from BRAZE_API_KEY.</source>
        <translation>Lancez «&#xa0;braze-cli COMMANDE --help&#xa0;» pour afficher les options d&apos;une commande. La clé d&apos;API est lue dans BRAZE_API_KEY.</translation>
    </message>
</context>
<context>
    <name>braze-console</name>
    <message>
        <source>Set up, preview and test Braze partner integrations.</source>
        <translation>Configurer, prévisualiser et tester les intégrations partenaires de Braze.</translation>
    </message>
    <message>
        <source>User interface language (en, de, fr); overrides Preferences.</source>
        <translation>Langue de l&apos;interface (en, de, fr)&#xa0;; prioritaire sur les Préférences.</translation>
    </message>
    <message>
        <source>Workspace settings</source>
        <translation>Paramètres des espaces de travail</translation>
    </message>
    <message>
        <source>Page to open: workspaces, quikly, smartersends, actioniq, outgrow, webhooks, users, requestlog, composer or starthere.</source>
        <translation>Page à ouvrir&#xa0;: workspaces, quikly, smartersends, actioniq, outgrow, webhooks, users, requestlog, composer ou starthere.</translation>
    </message>
</context>
</TS>
