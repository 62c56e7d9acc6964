<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ReasonNames</name>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="12"/>
        <source>Confirm order details</source>
        <translation>Confirmer les détails de la commande</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="13"/>
        <source>Confirm delivery details</source>
        <translation>Confirmer les détails de la livraison</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="14"/>
        <source>Confirm customization details</source>
        <translation>Confirmer les détails de la personnalisation</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="15"/>
        <source>Confirm service details</source>
        <translation>Confirmer les détails de la prestation</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="16"/>
        <source>Unexpected problem</source>
        <translation>Problème imprévu</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="17"/>
        <source>Order problem (cannot ship)</source>
        <translation>Problème de commande (expédition impossible)</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="18"/>
        <source>Return follow-up</source>
        <translation>Suivi d’un retour</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="19"/>
        <source>Courtesy refund or replacement</source>
        <translation>Remboursement ou remplacement (geste commercial)</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="20"/>
        <source>Send the invoice</source>
        <translation>Envoyer la facture</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="21"/>
        <source>Legal disclosure</source>
        <translation>Mentions légales obligatoires</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="22"/>
        <source>Warranty information</source>
        <translation>Informations sur la garantie</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="23"/>
        <source>Digital access key</source>
        <translation>Clé d’accès numérique</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="24"/>
        <source>Request a review</source>
        <translation>Demander un avis</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="25"/>
        <source>Reply: order status</source>
        <translation>Réponse&#x202f;: statut de la commande</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="26"/>
        <source>Reply: return</source>
        <translation>Réponse&#x202f;: retour</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="27"/>
        <source>Reply: damaged or defective item</source>
        <translation>Réponse&#x202f;: article endommagé ou défectueux</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="28"/>
        <source>Reply: product question</source>
        <translation>Réponse&#x202f;: question sur le produit</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/editor/main.cpp" line="71"/>
        <source>Write messages to Amazon buyers that pass Amazon&apos;s messaging rules.</source>
        <translation>Écrivez aux acheteurs Amazon des messages conformes aux règles de messagerie d’Amazon.</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="75"/>
        <source>Save a picture of the window to PNG once the draft is checked, then exit.</source>
        <translation>Enregistrer une capture de la fenêtre au format PNG une fois le brouillon vérifié, puis quitter.</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="82"/>
        <source>The draft to open.</source>
        <translation>Le brouillon à ouvrir.</translation>
    </message>
</context>
<context>
    <name>permitted::CheckedTextEdit</name>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="86"/>
        <source>Fix: Remove It</source>
        <translation>Corriger&#x202f;: supprimer</translation>
    </message>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="86"/>
        <source>Fix: Replace with “%1”</source>
        <translation>Corriger&#x202f;: remplacer par «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="100"/>
        <source>No suggestions</source>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="101"/>
        <source>Add “%1” to Dictionary</source>
        <translation>Ajouter «&#x202f;%1&#x202f;» au dictionnaire</translation>
    </message>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="104"/>
        <source>Add to Dictionary</source>
        <translation>Ajouter au dictionnaire</translation>
    </message>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="105"/>
        <source>The word could not be saved to your dictionary: %1</source>
        <translation>Le mot n’a pas pu être enregistré dans votre dictionnaire&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="108"/>
        <source>Ignore Here</source>
        <translation>Ignorer ici</translation>
    </message>
</context>
<context>
    <name>permitted::DraftSession</name>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="34"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="61"/>
        <location filename="../ui/files/draft_session.cpp" line="71"/>
        <source>Open Draft</source>
        <translation>Ouvrir un brouillon</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="62"/>
        <source>Drafts (*.html *.htm *.txt);;All files (*)</source>
        <translation>Brouillons (*.html *.htm *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="98"/>
        <location filename="../ui/files/draft_session.cpp" line="106"/>
        <source>Save Draft As</source>
        <translation>Enregistrer le brouillon sous</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="99"/>
        <source>HTML draft (*.html);;Plain text, body only (*.txt)</source>
        <translation>Brouillon HTML (*.html);;Texte brut, corps seul (*.txt)</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="107"/>
        <source>A plain-text draft keeps the body only: the subject and the formatting are not saved. Save anyway?</source>
        <translation>Un brouillon en texte brut ne conserve que le corps du message&#x202f;: l’objet et la mise en forme ne sont pas enregistrés. Enregistrer quand même&#x202f;?</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="118"/>
        <source>Save Draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="119"/>
        <source>%1 could not be saved: %2
Your text is still here; try another folder.</source>
        <translation>Impossible d’enregistrer %1&#x202f;: %2
Votre texte est toujours là&#x202f;; essayez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="133"/>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="133"/>
        <source>Save the changes to %1 before going on?</source>
        <translation>Enregistrer les modifications de %1 avant de continuer&#x202f;?</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="178"/>
        <source>Clear Recent Files</source>
        <translation>Effacer la liste des fichiers récents</translation>
    </message>
</context>
<context>
    <name>permitted::FormatToolBar</name>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="21"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="32"/>
        <source>B</source>
        <translation>G</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="32"/>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="33"/>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="33"/>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="34"/>
        <source>U</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="34"/>
        <source>Underline</source>
        <translation>Souligné</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="61"/>
        <source>Font size</source>
        <translation>Taille de police</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="73"/>
        <source>Bulleted List</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="74"/>
        <source>Numbered List</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="85"/>
        <source>Align Left</source>
        <translation>Aligner à gauche</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="85"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="86"/>
        <source>Center</source>
        <translation>Centrer</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="86"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="87"/>
        <source>Align Right</source>
        <translation>Aligner à droite</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="87"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="88"/>
        <source>Justify</source>
        <translation>Justifier</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="88"/>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="104"/>
        <source>Insert Link…</source>
        <translation>Insérer un lien…</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="105"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="106"/>
        <source>Insert Image…</source>
        <translation>Insérer une image…</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="147"/>
        <source>Insert Link</source>
        <translation>Insérer un lien</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="147"/>
        <source>Address of the link:</source>
        <translation>Adresse du lien&#x202f;:</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="168"/>
        <source>Insert Image</source>
        <translation>Insérer une image</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="168"/>
        <source>Address of the image:</source>
        <translation>Adresse de l’image&#x202f;:</translation>
    </message>
</context>
<context>
    <name>permitted::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="180"/>
        <location filename="../ui/main_window.cpp" line="228"/>
        <source>Permitted</source>
        <translation>Permitted</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="122"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="44"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="45"/>
        <source>Write your message to the buyer here.</source>
        <translation>Rédigez ici votre message à l’acheteur.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="50"/>
        <source>&amp;Subject:</source>
        <translation>O&amp;bjet&#x202f;:</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="63"/>
        <source>Loading the rules…</source>
        <translation>Chargement des règles…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="108"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="109"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="110"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="123"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="124"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="125"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="126"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="128"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="128"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="130"/>
        <source>Copy for Seller &amp;Central</source>
        <translation>Copier pour Seller &amp;Central</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="130"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="131"/>
        <source>Copy as &amp;HTML E-mail</source>
        <translation>Copier comme e-mail &amp;HTML</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="131"/>
        <source>Ctrl+Alt+C</source>
        <translation>Ctrl+Alt+C</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="133"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="136"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="140"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="141"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="142"/>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="144"/>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="145"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="146"/>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="147"/>
        <source>Select &amp;All</source>
        <translation>Tout &amp;sélectionner</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="149"/>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="153"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="159"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="160"/>
        <source>&amp;About Permitted</source>
        <translation>À &amp;propos de Permitted</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="161"/>
        <source>About Permitted</source>
        <translation>À propos de Permitted</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="162"/>
        <source>&lt;p&gt;&lt;b&gt;Permitted&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Checks messages to Amazon buyers against Amazon&apos;s communication rules as you write them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Permitted&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Vérifie, pendant que vous les rédigez, que vos messages aux acheteurs Amazon respectent les règles de communication d’Amazon.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="179"/>
        <source>The rules could not be loaded: messages are not checked.</source>
        <translation>Les règles n’ont pas pu être chargées&#x202f;: les messages ne sont pas vérifiés.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="180"/>
        <source>The rules could not be loaded, so nothing is checked. Reinstalling Permitted should repair this.</source>
        <translation>Les règles n’ont pas pu être chargées&#x202f;: rien n’est vérifié. Réinstaller Permitted devrait corriger le problème.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="200"/>
        <source>%n problem(s) would get this message blocked</source>
        <translation>
            <numerusform>%n problème entraînerait le blocage de ce message</numerusform>
            <numerusform>%n problèmes entraîneraient le blocage de ce message</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="202"/>
        <source>Write your message; it is checked as you type.</source>
        <translation>Rédigez votre message&#x202f;: il est vérifié au fil de la frappe.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="204"/>
        <source>Ready to send, but look at the warnings</source>
        <translation>Prêt à l’envoi, mais consultez les avertissements</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="206"/>
        <source>Ready to send</source>
        <translation>Prêt à l’envoi</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="207"/>
        <source>Errors: %1 · Warnings: %2 · Suggestions: %3</source>
        <translation>Erreurs&#x202f;: %1 · Avertissements&#x202f;: %2 · Suggestions&#x202f;: %3</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="266"/>
        <source>Copy Message</source>
        <translation>Copier le message</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="267"/>
        <source>This message still has %n problem(s) that would get it blocked by Amazon. Copy it anyway?</source>
        <translation>
            <numerusform>Ce message comporte encore %n problème qui le ferait bloquer par Amazon. Le copier quand même&#x202f;?</numerusform>
            <numerusform>Ce message comporte encore %n problèmes qui le feraient bloquer par Amazon. Le copier quand même&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="278"/>
        <source>The message is on the clipboard, ready for Seller Central.</source>
        <translation>Le message est dans le presse-papiers, prêt pour Seller Central.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="290"/>
        <source>The message is on the clipboard as an HTML e-mail.</source>
        <translation>Le message est dans le presse-papiers sous forme d’e-mail HTML.</translation>
    </message>
</context>
<context>
    <name>permitted::OrderPanel</name>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="20"/>
        <source>Order completed on</source>
        <translation>Commande terminée le</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="22"/>
        <source>A review was already requested for this order</source>
        <translation>Un avis a déjà été demandé pour cette commande</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="26"/>
        <source>None chosen</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="29"/>
        <source>Reply to the buyer</source>
        <translation>Réponse à l’acheteur</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="30"/>
        <source>Proactive (seller&apos;s own initiative)</source>
        <translation>Proactif (à l’initiative du vendeur)</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="36"/>
        <source>Amazon allows one review request per order</source>
        <translation>Amazon n’autorise qu’une demande d’avis par commande</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="42"/>
        <source>Buyer &amp;language:</source>
        <translation>&amp;Langue de l’acheteur&#x202f;:</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="43"/>
        <source>&amp;Marketplace:</source>
        <translation>&amp;Place de marché&#x202f;:</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="44"/>
        <source>Contact &amp;reason:</source>
        <translation>&amp;Motif du contact&#x202f;:</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="45"/>
        <source>Message &amp;type:</source>
        <translation>&amp;Type de message&#x202f;:</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="46"/>
        <source>Order &amp;ID:</source>
        <translation>&amp;Numéro de commande&#x202f;:</translation>
    </message>
</context>
<context>
    <name>permitted::PreviewHtml</name>
    <message>
        <location filename="../ui/preview/preview_html.cpp" line="123"/>
        <source>Image not loaded:</source>
        <translation>Image non chargée&#x202f;:</translation>
    </message>
</context>
<context>
    <name>permitted::PreviewShell</name>
    <message>
        <location filename="../ui/preview/preview_shell.cpp" line="66"/>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_shell.cpp" line="68"/>
        <source>Order ID:</source>
        <translation>Numéro de commande&#x202f;:</translation>
    </message>
</context>
<context>
    <name>permitted::PreviewView</name>
    <message>
        <location filename="../ui/preview/preview_view.cpp" line="58"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_view.cpp" line="66"/>
        <source>Desktop</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_view.cpp" line="67"/>
        <source>Amazon&apos;s message column on a computer (%1 px)</source>
        <translation>La colonne des messages d’Amazon sur un ordinateur (%1&#xa0;px)</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_view.cpp" line="68"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_view.cpp" line="69"/>
        <source>The message on a phone (%1 px)</source>
        <translation>Le message sur un téléphone (%1&#xa0;px)</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_view.cpp" line="107"/>
        <source>Link to %1</source>
        <translation>Lien vers %1</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_view.cpp" line="110"/>
        <source>Links do not open in the preview: %1</source>
        <translation>Les liens ne s’ouvrent pas dans l’aperçu&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>permitted::ProblemsPanel</name>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="19"/>
        <source>whole message</source>
        <translation>message entier</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="22"/>
        <source>blank lines and spaces</source>
        <translation>lignes vides et espaces</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="25"/>
        <source>“%1”</source>
        <comment>the text a finding is about, quoted</comment>
        <translation>«&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="33"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="33"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="33"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="74"/>
        <source>Subject: %1</source>
        <translation>Objet&#x202f;: %1</translation>
    </message>
</context>
</TS>
