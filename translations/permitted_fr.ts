<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>LibraryStore</name>
    <message>
        <location filename="../ui/library/library_store.cpp" line="33"/>
        <source>Delete “%1”</source>
        <translation>Supprimer «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <location filename="../ui/library/library_store.cpp" line="45"/>
        <source>Rename “%1”</source>
        <translation>Renommer «&#x202f;%1&#x202f;»</translation>
    </message>
</context>
<context>
    <name>LibraryTransfer</name>
    <message>
        <location filename="../ui/library/library_transfer.cpp" line="36"/>
        <location filename="../ui/library/library_transfer.cpp" line="82"/>
        <location filename="../ui/library/library_transfer.cpp" line="89"/>
        <source>Import Templates</source>
        <translation>Importer des modèles</translation>
    </message>
    <message>
        <location filename="../ui/library/library_transfer.cpp" line="37"/>
        <source>Your library already has the template “%1” (%2). Replace it with the imported one, keep both, or skip the imported one?</source>
        <translation>Votre bibliothèque contient déjà le modèle «&#x202f;%1&#x202f;» (%2). Le remplacer par celui importé, garder les deux, ou ignorer celui importé&#x202f;?</translation>
    </message>
    <message>
        <location filename="../ui/library/library_transfer.cpp" line="41"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location filename="../ui/library/library_transfer.cpp" line="42"/>
        <source>Keep Both</source>
        <translation>Garder les deux</translation>
    </message>
    <message>
        <location filename="../ui/library/library_transfer.cpp" line="43"/>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../ui/library/library_transfer.cpp" line="45"/>
        <source>Do the same for the other templates that exist</source>
        <translation>Faire de même pour les autres modèles déjà présents</translation>
    </message>
    <message>
        <location filename="../ui/library/library_transfer.cpp" line="66"/>
        <location filename="../ui/library/library_transfer.cpp" line="73"/>
        <source>Export Templates</source>
        <translation>Exporter des modèles</translation>
    </message>
    <message>
        <location filename="../ui/library/library_transfer.cpp" line="68"/>
        <source>Permitted templates (*.json)</source>
        <translation>Modèles Permitted (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/library/library_transfer.cpp" line="74"/>
        <source>The templates could not be written to %1: %2</source>
        <translation>Impossible d’écrire les modèles dans %1&#x202f;: %2</translation>
    </message>
    <message>
        <location filename="../ui/library/library_transfer.cpp" line="83"/>
        <source>Permitted templates (*.json);;All files (*)</source>
        <translation>Modèles Permitted (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/library/library_transfer.cpp" line="90"/>
        <source>%1 cannot be imported: %2. Your library was not changed.</source>
        <translation>Impossible d’importer %1&#x202f;: %2. Votre bibliothèque n’a pas été modifiée.</translation>
    </message>
    <message>
        <location filename="../ui/library/library_transfer.cpp" line="98"/>
        <source>Imported: %1 added, %2 replaced, %3 skipped.</source>
        <translation>Importation&#x202f;: %1 ajouté(s), %2 remplacé(s), %3 ignoré(s).</translation>
    </message>
</context>
<context>
    <name>PlaceholderForm</name>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="15"/>
        <source>Order ID</source>
        <translation>Numéro de commande</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="16"/>
        <source>Buyer name</source>
        <translation>Nom de l’acheteur</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="17"/>
        <source>Product name</source>
        <translation>Nom du produit</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="18"/>
        <source>Seller name</source>
        <translation>Nom du vendeur</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="19"/>
        <source>Marketplace</source>
        <translation>Place de marché</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="20"/>
        <source>Order date</source>
        <translation>Date de commande</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="21"/>
        <source>Ship date</source>
        <translation>Date d’expédition</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="22"/>
        <source>Delivery date</source>
        <translation>Date de livraison</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="23"/>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="24"/>
        <source>Tracking number</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="25"/>
        <source>Tracking page</source>
        <translation>Page de suivi</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="26"/>
        <source>Return reason</source>
        <translation>Motif du retour</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="27"/>
        <source>Refund amount</source>
        <translation>Montant remboursé</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="28"/>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="29"/>
        <source>Coverage from</source>
        <translation>Garantie du</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="30"/>
        <source>Coverage until</source>
        <translation>Garantie jusqu’au</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="31"/>
        <source>Access key</source>
        <translation>Clé d’accès</translation>
    </message>
</context>
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
        <location filename="../app/editor/main.cpp" line="163"/>
        <source>Write messages to Amazon buyers that pass Amazon&apos;s messaging rules.</source>
        <translation>Écrivez aux acheteurs Amazon des messages conformes aux règles de messagerie d’Amazon.</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="167"/>
        <source>Save a picture of the window to PNG once the draft is checked, then exit.</source>
        <translation>Enregistrer une capture de la fenêtre au format PNG une fois le brouillon vérifié, puis quitter.</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="175"/>
        <source>Print the findings for FILE as permitted-check&apos;s JSON, then exit.</source>
        <translation>Afficher les problèmes de FILE au format JSON de permitted-check, puis quitter.</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="177"/>
        <source>Write what the copy actions would copy to OUT (.html or .txt), then exit.</source>
        <translation>Écrire dans OUT (.html ou .txt) ce que les commandes de copie copieraient, puis quitter.</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="181"/>
        <source>The buyer&apos;s language.</source>
        <translation>La langue de l’acheteur.</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="182"/>
        <source>The marketplace.</source>
        <translation>La place de marché.</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="183"/>
        <source>reply or proactive.</source>
        <translation>reply (réponse) ou proactive (proactif).</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="184"/>
        <source>html or text.</source>
        <translation>html ou text.</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="185"/>
        <source>The draft to open.</source>
        <translation>Le brouillon à ouvrir.</translation>
    </message>
</context>
<context>
    <name>permitted::AddLanguageDialog</name>
    <message>
        <location filename="../ui/library/add_language_dialog.cpp" line="16"/>
        <source>Start from the &amp;built-in template in that language</source>
        <translation>Partir du modèle &amp;intégré dans cette langue</translation>
    </message>
    <message>
        <location filename="../ui/library/add_language_dialog.cpp" line="17"/>
        <source>Start from a &amp;copy of the %1 text, to translate</source>
        <translation>Partir d’une &amp;copie du texte (%1), à traduire</translation>
    </message>
    <message>
        <location filename="../ui/library/add_language_dialog.cpp" line="20"/>
        <source>Add Language</source>
        <translation>Ajouter une langue</translation>
    </message>
    <message>
        <location filename="../ui/library/add_language_dialog.cpp" line="26"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#x202f;:</translation>
    </message>
    <message>
        <location filename="../ui/library/add_language_dialog.cpp" line="28"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>permitted::CheckedTextEdit</name>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="83"/>
        <source>Fix: Remove It</source>
        <translation>Corriger&#x202f;: supprimer</translation>
    </message>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="83"/>
        <source>Fix: Replace with “%1”</source>
        <translation>Corriger&#x202f;: remplacer par «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="85"/>
        <source>Fix: Use the Default Size</source>
        <translation>Corriger&#x202f;: taille par défaut</translation>
    </message>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="86"/>
        <source>Fix: Use the Default Font, Colour and Spacing</source>
        <translation>Corriger&#x202f;: police, couleur et interligne par défaut</translation>
    </message>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="87"/>
        <source>Fix: Use the Default Alignment</source>
        <translation>Corriger&#x202f;: alignement par défaut</translation>
    </message>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="88"/>
        <source>Fix: Remove the Margins</source>
        <translation>Corriger&#x202f;: retirer les marges</translation>
    </message>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="89"/>
        <source>Fix: Load the Picture over https</source>
        <translation>Corriger&#x202f;: charger l’image en https</translation>
    </message>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="90"/>
        <source>Fix: Fit the Picture to %1 px</source>
        <translation>Corriger&#x202f;: ramener l’image à %1&#xa0;px</translation>
    </message>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="91"/>
        <source>Fix: Describe the Picture…</source>
        <translation>Corriger&#x202f;: décrire l’image…</translation>
    </message>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="92"/>
        <source>Fix: Remove the Style Sheet</source>
        <translation>Corriger&#x202f;: retirer la feuille de style</translation>
    </message>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="94"/>
        <source>Fix</source>
        <translation>Corriger</translation>
    </message>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="103"/>
        <source>Describe the Picture</source>
        <translation>Décrire l’image</translation>
    </message>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="104"/>
        <source>A few words for buyers who cannot see the picture:</source>
        <translation>Quelques mots pour les acheteurs qui ne voient pas l’image&#x202f;:</translation>
    </message>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="142"/>
        <source>No suggestions</source>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="143"/>
        <source>Add “%1” to Dictionary</source>
        <translation>Ajouter «&#x202f;%1&#x202f;» au dictionnaire</translation>
    </message>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="146"/>
        <source>Add to Dictionary</source>
        <translation>Ajouter au dictionnaire</translation>
    </message>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="147"/>
        <source>The word could not be saved to your dictionary: %1</source>
        <translation>Le mot n’a pas pu être enregistré dans votre dictionnaire&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="150"/>
        <source>Ignore Here</source>
        <translation>Ignorer ici</translation>
    </message>
</context>
<context>
    <name>permitted::DraftSession</name>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="35"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="63"/>
        <location filename="../ui/files/draft_session.cpp" line="76"/>
        <source>Open Draft</source>
        <translation>Ouvrir un brouillon</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="64"/>
        <source>Drafts (*.html *.htm *.txt);;All files (*)</source>
        <translation>Brouillons (*.html *.htm *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="75"/>
        <source>%1 cannot be opened: %2.</source>
        <translation>Impossible d’ouvrir %1&#x202f;: %2.</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="104"/>
        <location filename="../ui/files/draft_session.cpp" line="112"/>
        <source>Save Draft As</source>
        <translation>Enregistrer le brouillon sous</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="105"/>
        <source>HTML draft (*.html);;Plain text, body only (*.txt)</source>
        <translation>Brouillon HTML (*.html);;Texte brut, corps seul (*.txt)</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="113"/>
        <source>A plain-text draft keeps the body only: the subject and the formatting are not saved. Save anyway?</source>
        <translation>Un brouillon en texte brut ne conserve que le corps du message&#x202f;: l’objet et la mise en forme ne sont pas enregistrés. Enregistrer quand même&#x202f;?</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="124"/>
        <source>Save Draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="125"/>
        <source>%1 could not be saved: %2
Your text is still here; try another folder.</source>
        <translation>Impossible d’enregistrer %1&#x202f;: %2
Votre texte est toujours là&#x202f;; essayez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="139"/>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="139"/>
        <source>Save the changes to %1 before going on?</source>
        <translation>Enregistrer les modifications de %1 avant de continuer&#x202f;?</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="184"/>
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
    <name>permitted::LibraryPanel</name>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="29"/>
        <source>Search templates</source>
        <translation>Rechercher un modèle</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="32"/>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="32"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="44"/>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="44"/>
        <source>A new template from a built-in one or from the message in the editor</source>
        <translation>Un nouveau modèle, à partir d’un modèle intégré ou du message de l’éditeur</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="45"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="46"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="47"/>
        <source>Tags…</source>
        <translation>Étiquettes…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="49"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="57"/>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="60"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="61"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="67"/>
        <source>Export Selected…</source>
        <translation>Exporter la sélection…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="68"/>
        <source>Export All…</source>
        <translation>Tout exporter…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="69"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="95"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="138"/>
        <source>%1: source</source>
        <translation>%1&#x202f;: source</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="140"/>
        <source>%1 (to review)</source>
        <translation>%1 (à relire)</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="141"/>
        <source>%1: to review</source>
        <translation>%1&#x202f;: à relire</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="144"/>
        <source>%1: translated</source>
        <translation>%1&#x202f;: traduit</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="185"/>
        <source>%1
Tags: %2</source>
        <translation>%1
Étiquettes&#x202f;: %2</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="196"/>
        <source>Your template library could not be opened: %1</source>
        <translation>Votre bibliothèque de modèles n’a pas pu être ouverte&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="198"/>
        <source>No templates yet. “New…” starts one from a built-in template, in any buyer language.</source>
        <translation>Aucun modèle pour l’instant. «&#x202f;Nouveau…&#x202f;» en crée un à partir d’un modèle intégré, dans la langue de l’acheteur de votre choix.</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="200"/>
        <source>No template matches “%1”.</source>
        <translation>Aucun modèle ne correspond à «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="211"/>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="212"/>
        <source>Duplicate “%1”</source>
        <translation>Dupliquer «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="222"/>
        <source>Rename Template</source>
        <translation>Renommer le modèle</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="222"/>
        <source>New name:</source>
        <translation>Nouveau nom&#x202f;:</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="233"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="233"/>
        <source>Tags of “%1”, separated by commas:</source>
        <translation>Étiquettes de «&#x202f;%1&#x202f;», séparées par des virgules&#x202f;:</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="248"/>
        <source>Deleted “%1”. Undo brings it back.</source>
        <translation>«&#x202f;%1&#x202f;» supprimé. Annuler le rétablit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/library_panel.cpp" line="255"/>
        <location filename="../ui/library/library_panel.cpp" line="265"/>
        <source>%n template(s) exported.</source>
        <translation>
            <numerusform>%n modèle exporté.</numerusform>
            <numerusform>%n modèles exportés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>permitted::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="267"/>
        <location filename="../ui/main_window.cpp" line="426"/>
        <location filename="../ui/main_window.cpp" line="430"/>
        <source>Permitted</source>
        <translation>Permitted</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="187"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="62"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="63"/>
        <source>Write your message to the buyer here.</source>
        <translation>Rédigez ici votre message à l’acheteur.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="74"/>
        <source>&amp;Subject:</source>
        <translation>O&amp;bjet&#x202f;:</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="92"/>
        <source>Loading the rules…</source>
        <translation>Chargement des règles…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="133"/>
        <location filename="../ui/main_window.cpp" line="309"/>
        <source>Template Library</source>
        <translation>Bibliothèque de modèles</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="134"/>
        <source>A change could not be saved in your template library: %1

The text is still in the editor.</source>
        <translation>Une modification n’a pas pu être enregistrée dans votre bibliothèque de modèles&#x202f;: %1

Le texte est toujours dans l’éditeur.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="170"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="171"/>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="173"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="174"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="188"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="189"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="190"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="191"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="193"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="193"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="195"/>
        <source>Copy for Seller &amp;Central</source>
        <translation>Copier pour Seller &amp;Central</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="195"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="196"/>
        <source>Copy as &amp;HTML E-mail</source>
        <translation>Copier comme e-mail &amp;HTML</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="196"/>
        <source>Ctrl+Alt+C</source>
        <translation>Ctrl+Alt+C</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="198"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="201"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="207"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="210"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="213"/>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="215"/>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="216"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="217"/>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="218"/>
        <source>Select &amp;All</source>
        <translation>Tout &amp;sélectionner</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="220"/>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="224"/>
        <source>&amp;Templates</source>
        <translation>&amp;Modèles</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="225"/>
        <source>&amp;New Template…</source>
        <translation>&amp;Nouveau modèle…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="225"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="226"/>
        <source>&amp;Add Language…</source>
        <translation>&amp;Ajouter une langue…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="227"/>
        <source>&amp;Close Template</source>
        <translation>&amp;Fermer le modèle</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="229"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="230"/>
        <source>&amp;Export All…</source>
        <translation>&amp;Tout exporter…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="237"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="243"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="244"/>
        <source>&amp;About Permitted</source>
        <translation>À &amp;propos de Permitted</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="245"/>
        <source>About Permitted</source>
        <translation>À propos de Permitted</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="246"/>
        <source>&lt;p&gt;&lt;b&gt;Permitted&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Checks messages to Amazon buyers against Amazon&apos;s communication rules as you write them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Permitted&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Vérifie, pendant que vous les rédigez, que vos messages aux acheteurs Amazon respectent les règles de communication d’Amazon.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="266"/>
        <source>The rules could not be loaded: messages are not checked.</source>
        <translation>Les règles n’ont pas pu être chargées&#x202f;: les messages ne sont pas vérifiés.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="267"/>
        <source>The rules could not be loaded, so nothing is checked. Reinstalling Permitted should repair this.</source>
        <translation>Les règles n’ont pas pu être chargées&#x202f;: rien n’est vérifié. Réinstaller Permitted devrait corriger le problème.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="295"/>
        <source>Your template library file was damaged (%1). It was set aside as %2, and the copy saved on %3 was restored: no template was lost, except changes made in the last minute before the damage.</source>
        <translation>Le fichier de votre bibliothèque de modèles était endommagé (%1). Il a été mis de côté sous le nom %2, et la copie enregistrée le %3 a été restaurée&#x202f;: aucun modèle n’est perdu, hormis les modifications de la dernière minute avant le dommage.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="297"/>
        <source>(it was missing)</source>
        <translation>(il était absent)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="301"/>
        <source>Your template library file was damaged (%1) and no good copy of it existed. It was set aside as %2, and a new, empty library was started.</source>
        <translation>Le fichier de votre bibliothèque de modèles était endommagé (%1) et aucune copie intacte n’existait. Il a été mis de côté sous le nom %2, et une nouvelle bibliothèque vide a été créée.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="305"/>
        <source>Your template library could not be opened: %1. It was left as it is; templates cannot be saved in this session.</source>
        <translation>Votre bibliothèque de modèles n’a pas pu être ouverte&#x202f;: %1. Elle a été laissée telle quelle&#x202f;; les modèles ne peuvent pas être enregistrés pendant cette session.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="356"/>
        <source>New Template “%1”</source>
        <translation>Nouveau modèle «&#x202f;%1&#x202f;»</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="388"/>
        <source>%n problem(s) would get this message blocked</source>
        <translation>
            <numerusform>%n problème entraînerait le blocage de ce message</numerusform>
            <numerusform>%n problèmes entraîneraient le blocage de ce message</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="390"/>
        <source>Write your message; it is checked as you type.</source>
        <translation>Rédigez votre message&#x202f;: il est vérifié au fil de la frappe.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="392"/>
        <source>Ready to send, but look at the warnings</source>
        <translation>Prêt à l’envoi, mais consultez les avertissements</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="394"/>
        <source>Ready to send</source>
        <translation>Prêt à l’envoi</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="395"/>
        <source>Errors: %1 · Warnings: %2 · Suggestions: %3</source>
        <translation>Erreurs&#x202f;: %1 · Avertissements&#x202f;: %2 · Suggestions&#x202f;: %3</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="468"/>
        <source>Copy Message</source>
        <translation>Copier le message</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="469"/>
        <source>This message still has %n problem(s) that would get it blocked by Amazon. Copy it anyway?</source>
        <translation>
            <numerusform>Ce message comporte encore %n problème qui le ferait bloquer par Amazon. Le copier quand même&#x202f;?</numerusform>
            <numerusform>Ce message comporte encore %n problèmes qui le feraient bloquer par Amazon. Le copier quand même&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="486"/>
        <source>“%1”</source>
        <translation>«&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="488"/>
        <source>The message is on the clipboard, ready for Seller Central.</source>
        <translation>Le message est dans le presse-papiers, prêt pour Seller Central.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="490"/>
        <source>The message is on the clipboard, ready for Seller Central. Plain text keeps no link address behind words: %1 lost its link.</source>
        <translation>Le message est dans le presse-papiers, prêt pour Seller Central. Le texte brut ne garde pas l’adresse d’un lien posé sur des mots&#x202f;: %1 a perdu son lien.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="516"/>
        <source>The message is on the clipboard as an HTML e-mail.</source>
        <translation>Le message est dans le presse-papiers sous forme d’e-mail HTML.</translation>
    </message>
</context>
<context>
    <name>permitted::NewTemplateDialog</name>
    <message>
        <location filename="../ui/library/new_template_dialog.cpp" line="19"/>
        <source>Start from the &amp;built-in template</source>
        <translation>Partir du modèle &amp;intégré</translation>
    </message>
    <message>
        <location filename="../ui/library/new_template_dialog.cpp" line="20"/>
        <source>Start from the message in the &amp;editor</source>
        <translation>Partir du message de l’é&amp;diteur</translation>
    </message>
    <message>
        <location filename="../ui/library/new_template_dialog.cpp" line="23"/>
        <source>New Template</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <location filename="../ui/library/new_template_dialog.cpp" line="32"/>
        <source>Contact &amp;reason:</source>
        <translation>&amp;Motif du contact&#x202f;:</translation>
    </message>
    <message>
        <location filename="../ui/library/new_template_dialog.cpp" line="33"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#x202f;:</translation>
    </message>
    <message>
        <location filename="../ui/library/new_template_dialog.cpp" line="34"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#x202f;:</translation>
    </message>
    <message>
        <location filename="../ui/library/new_template_dialog.cpp" line="36"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
</context>
<context>
    <name>permitted::OrderPanel</name>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="22"/>
        <source>Order completed on</source>
        <translation>Commande terminée le</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="24"/>
        <source>A review was already requested for this order</source>
        <translation>Un avis a déjà été demandé pour cette commande</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="29"/>
        <source>None chosen</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="32"/>
        <source>Reply to the buyer</source>
        <translation>Réponse à l’acheteur</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="33"/>
        <source>Proactive (seller&apos;s own initiative)</source>
        <translation>Proactif (à l’initiative du vendeur)</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="35"/>
        <source>HTML e-mail reply</source>
        <translation>Réponse par e-mail HTML</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="36"/>
        <source>Seller Central text box</source>
        <translation>Zone de texte de Seller Central</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="37"/>
        <source>An HTML e-mail keeps formatting and pictures, and Amazon&apos;s styling rules apply; Seller Central&apos;s text box keeps the text only</source>
        <translation>Un e-mail HTML garde la mise en forme et les images, et les règles de mise en forme d’Amazon s’appliquent&#x202f;; la zone de texte de Seller Central ne garde que le texte</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="49"/>
        <source>Amazon allows one review request per order</source>
        <translation>Amazon n’autorise qu’une demande d’avis par commande</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="55"/>
        <source>Buyer &amp;language:</source>
        <translation>&amp;Langue de l’acheteur&#x202f;:</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="56"/>
        <source>&amp;Marketplace:</source>
        <translation>&amp;Place de marché&#x202f;:</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="57"/>
        <source>Contact &amp;reason:</source>
        <translation>&amp;Motif du contact&#x202f;:</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="58"/>
        <source>Message &amp;type:</source>
        <translation>&amp;Type de message&#x202f;:</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="59"/>
        <source>Sent &amp;as:</source>
        <translation>&amp;Envoyé comme&#x202f;:</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="60"/>
        <source>Order &amp;ID:</source>
        <translation>&amp;Numéro de commande&#x202f;:</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="66"/>
        <source>&lt;b&gt;Placeholder values&lt;/b&gt;</source>
        <translation>&lt;b&gt;Valeurs des champs à remplir&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="67"/>
        <source>What the buyer reads in place of each {{placeholder}}, in the preview and when you copy</source>
        <translation>Ce que l’acheteur lit à la place de chaque {{champ}}, dans l’aperçu et lors de la copie</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/order_panel.cpp" line="169"/>
        <source>%n message(s) copied for this order before; the last: %1, on %2.</source>
        <translation>
            <numerusform>%n message déjà copié pour cette commande&#x202f;; le dernier&#x202f;: %1, le %2.</numerusform>
            <numerusform>%n messages déjà copiés pour cette commande&#x202f;; le dernier&#x202f;: %1, le %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>permitted::PlaceholderForm</name>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="38"/>
        <source>The message has no placeholders to fill.</source>
        <translation>Le message n’a aucun champ à remplir.</translation>
    </message>
</context>
<context>
    <name>permitted::PreviewHtml</name>
    <message>
        <location filename="../ui/preview/preview_html.cpp" line="112"/>
        <source>Image not loaded:</source>
        <translation>Image non chargée&#x202f;:</translation>
    </message>
</context>
<context>
    <name>permitted::PreviewShell</name>
    <message>
        <location filename="../ui/preview/preview_shell.cpp" line="61"/>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_shell.cpp" line="63"/>
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
        <location filename="../ui/panels/problems_panel.cpp" line="20"/>
        <source>whole message</source>
        <translation>message entier</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="23"/>
        <source>picture</source>
        <translation>image</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="24"/>
        <source>[picture]</source>
        <translation>[image]</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="26"/>
        <source>blank lines and spaces</source>
        <translation>lignes vides et espaces</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="29"/>
        <source>“%1”</source>
        <comment>the text a finding is about, quoted</comment>
        <translation>«&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="37"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="37"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="37"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="85"/>
        <source>Subject: %1</source>
        <translation>Objet&#x202f;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/problems_panel.cpp" line="88"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>permitted::SourcePane</name>
    <message>
        <location filename="../ui/library/source_pane.cpp" line="40"/>
        <source>&lt;b&gt;Source: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Source&#x202f;: %1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>permitted::TemplateBar</name>
    <message>
        <location filename="../ui/library/template_bar.cpp" line="29"/>
        <source>Add Language… (translate this template into another buyer language)</source>
        <translation>Ajouter une langue… (traduire ce modèle dans une autre langue d’acheteur)</translation>
    </message>
    <message>
        <location filename="../ui/library/template_bar.cpp" line="32"/>
        <source>Close Template (its text stays in the editor as a draft)</source>
        <translation>Fermer le modèle (son texte reste dans l’éditeur comme brouillon)</translation>
    </message>
    <message>
        <location filename="../ui/library/template_bar.cpp" line="61"/>
        <source>Remove %1…</source>
        <translation>Retirer la langue&#x202f;: %1…</translation>
    </message>
    <message>
        <location filename="../ui/library/template_bar.cpp" line="86"/>
        <source>Remove Language</source>
        <translation>Retirer une langue</translation>
    </message>
    <message>
        <location filename="../ui/library/template_bar.cpp" line="87"/>
        <source>Remove the %1 text of “%2”? This cannot be undone.</source>
        <translation>Retirer le texte (%1) de «&#x202f;%2&#x202f;»&#x202f;? Cette action est définitive.</translation>
    </message>
    <message>
        <location filename="../ui/library/template_bar.cpp" line="119"/>
        <source>%1 (source)</source>
        <translation>%1 (source)</translation>
    </message>
    <message>
        <location filename="../ui/library/template_bar.cpp" line="121"/>
        <source>%1 (to review)</source>
        <translation>%1 (à relire)</translation>
    </message>
    <message>
        <location filename="../ui/library/template_bar.cpp" line="137"/>
        <source>Check this translation against the %1 text beside it: the source changed after it was translated, or it was started from another text.</source>
        <translation>Comparez cette traduction au texte source (%1) affiché à côté&#x202f;: la source a changé depuis la traduction, ou la traduction est partie d’un autre texte.</translation>
    </message>
    <message>
        <location filename="../ui/library/template_bar.cpp" line="139"/>
        <source>Mark as Reviewed</source>
        <translation>Marquer comme relu</translation>
    </message>
    <message>
        <location filename="../ui/library/template_bar.cpp" line="143"/>
        <source>The buyer reads %1, and this template has no %1 text yet.</source>
        <translation>Langue de l’acheteur&#x202f;: %1. Ce modèle n’a pas encore de texte dans cette langue.</translation>
    </message>
    <message>
        <location filename="../ui/library/template_bar.cpp" line="144"/>
        <source>Add %1</source>
        <translation>Ajouter&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../ui/library/template_bar.cpp" line="147"/>
        <source>Translated from %1.</source>
        <translation>Traduit depuis&#x202f;: %1.</translation>
    </message>
    <message>
        <location filename="../ui/library/template_bar.cpp" line="150"/>
        <source>Changes are saved in your library as you type.</source>
        <translation>Les modifications sont enregistrées dans votre bibliothèque au fil de la frappe.</translation>
    </message>
</context>
</TS>
