<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>DraftFile</name>
    <message>
        <location filename="../ui/files/draft_file.cpp" line="88"/>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_file.cpp" line="90"/>
        <source>%1 is a folder, not a draft.</source>
        <translation>%1 est un dossier, pas un brouillon.</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_file.cpp" line="92"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#x202f;: %2</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_file.cpp" line="94"/>
        <source>%1 is larger than 1 MB; a message to a buyer is a few thousand characters.</source>
        <translation>%1 dépasse 1 Mo&#x202f;; un message à un acheteur fait quelques milliers de caractères.</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_file.cpp" line="96"/>
        <source>%1 is not a text file.</source>
        <translation>%1 n’est pas un fichier texte.</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_file.cpp" line="98"/>
        <source>%1 starts like UTF-16 or UTF-32 text but is not valid text.</source>
        <translation>%1 commence comme un texte UTF-16 ou UTF-32 mais n’est pas un texte valide.</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_file.cpp" line="100"/>
        <source>%1 is not UTF-8 text (line %2, column %3). Save it as UTF-8 and open it again.</source>
        <translation>%1 n’est pas un texte UTF-8 (ligne %2, colonne %3). Enregistrez-le en UTF-8 et ouvrez-le à nouveau.</translation>
    </message>
</context>
<context>
    <name>FixNames</name>
    <message>
        <location filename="../ui/checking/fix_names.cpp" line="13"/>
        <source>Fix: Remove It</source>
        <translation>Corriger&#x202f;: supprimer</translation>
    </message>
    <message>
        <location filename="../ui/checking/fix_names.cpp" line="15"/>
        <source>Fix: Insert “%1”</source>
        <translation>Corriger&#x202f;: insérer «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <location filename="../ui/checking/fix_names.cpp" line="18"/>
        <source>Fix: Replace with “%1”</source>
        <translation>Corriger&#x202f;: remplacer par «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <location filename="../ui/checking/fix_names.cpp" line="20"/>
        <source>Fix: Use the Default Size</source>
        <translation>Corriger&#x202f;: taille par défaut</translation>
    </message>
    <message>
        <location filename="../ui/checking/fix_names.cpp" line="21"/>
        <source>Fix: Use the Default Font, Colour and Spacing</source>
        <translation>Corriger&#x202f;: police, couleur et interligne par défaut</translation>
    </message>
    <message>
        <location filename="../ui/checking/fix_names.cpp" line="22"/>
        <source>Fix: Use the Default Alignment</source>
        <translation>Corriger&#x202f;: alignement par défaut</translation>
    </message>
    <message>
        <location filename="../ui/checking/fix_names.cpp" line="23"/>
        <source>Fix: Remove the Margins</source>
        <translation>Corriger&#x202f;: retirer les marges</translation>
    </message>
    <message>
        <location filename="../ui/checking/fix_names.cpp" line="24"/>
        <source>Fix: Load the Picture over https</source>
        <translation>Corriger&#x202f;: charger l’image en https</translation>
    </message>
    <message>
        <location filename="../ui/checking/fix_names.cpp" line="25"/>
        <source>Fix: Fit the Picture to %1 px</source>
        <translation>Corriger&#x202f;: ramener l’image à %1&#xa0;px</translation>
    </message>
    <message>
        <location filename="../ui/checking/fix_names.cpp" line="26"/>
        <source>Fix: Describe the Picture…</source>
        <translation>Corriger&#x202f;: décrire l’image…</translation>
    </message>
    <message>
        <location filename="../ui/checking/fix_names.cpp" line="27"/>
        <source>Fix: Remove the Style Sheet</source>
        <translation>Corriger&#x202f;: retirer la feuille de style</translation>
    </message>
    <message>
        <location filename="../ui/checking/fix_names.cpp" line="29"/>
        <source>Fix</source>
        <translation>Corriger</translation>
    </message>
</context>
<context>
    <name>LibraryCommand</name>
    <message>
        <location filename="../app/editor/library_command.cpp" line="28"/>
        <source>the template library %1 cannot be opened: %2</source>
        <translation>la bibliothèque de modèles %1 ne peut pas être ouverte : %2</translation>
    </message>
    <message>
        <location filename="../app/editor/library_command.cpp" line="32"/>
        <source>warning: the template library was damaged (%1); the copy of %2 was restored</source>
        <translation>avertissement : la bibliothèque de modèles était endommagée (%1) ; la copie du %2 a été restaurée</translation>
    </message>
    <message>
        <location filename="../app/editor/library_command.cpp" line="37"/>
        <source>warning: the template library was damaged (%1) and set aside as %2; a new one was started</source>
        <translation>avertissement : la bibliothèque de modèles était endommagée (%1) et a été mise de côté sous le nom %2 ; une nouvelle a été créée</translation>
    </message>
    <message>
        <location filename="../app/editor/library_command.cpp" line="56"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/library_command.cpp" line="57"/>
        <source>%n template(s) exported to %1</source>
        <translation>
            <numerusform>%n modèle exporté vers %1</numerusform>
            <numerusform>%n modèles exportés vers %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/editor/library_command.cpp" line="66"/>
        <location filename="../app/editor/library_command.cpp" line="73"/>
        <source>%1 cannot be imported: %2; the library was not changed</source>
        <translation>%1 ne peut pas être importé : %2 ; la bibliothèque n’a pas été modifiée</translation>
    </message>
    <message>
        <location filename="../app/editor/library_command.cpp" line="74"/>
        <source>%1 added, %2 replaced from %3</source>
        <translation>%1 ajouté(s), %2 remplacé(s) depuis %3</translation>
    </message>
</context>
<context>
    <name>LibraryJson</name>
    <message>
        <location filename="../core/library/library_json.cpp" line="38"/>
        <source>it has no name</source>
        <translation>il n’a pas de nom</translation>
    </message>
    <message>
        <location filename="../core/library/library_json.cpp" line="40"/>
        <source>unknown contact reason &quot;%1&quot;</source>
        <translation>motif de contact inconnu « %1 »</translation>
    </message>
    <message>
        <location filename="../core/library/library_json.cpp" line="42"/>
        <source>unknown source language &quot;%1&quot;</source>
        <translation>langue source inconnue « %1 »</translation>
    </message>
    <message>
        <location filename="../core/library/library_json.cpp" line="51"/>
        <source>&quot;variants&quot; is not a list</source>
        <translation>« variants » n’est pas une liste</translation>
    </message>
    <message>
        <location filename="../core/library/library_json.cpp" line="56"/>
        <source>a variant has an unknown language &quot;%1&quot;</source>
        <translation>une variante a une langue inconnue « %1 »</translation>
    </message>
    <message>
        <location filename="../core/library/library_json.cpp" line="58"/>
        <source>the language %1 appears twice</source>
        <translation>la langue %1 apparaît deux fois</translation>
    </message>
    <message>
        <location filename="../core/library/library_json.cpp" line="60"/>
        <source>the %1 variant lacks its subject or body</source>
        <translation>il manque l’objet ou le texte de la variante %1</translation>
    </message>
    <message>
        <location filename="../core/library/library_json.cpp" line="63"/>
        <source>the %1 variant has an unknown status</source>
        <translation>la variante %1 a un état inconnu</translation>
    </message>
    <message>
        <location filename="../core/library/library_json.cpp" line="70"/>
        <source>it has no text in its source language %1</source>
        <translation>il n’a pas de texte dans sa langue source %1</translation>
    </message>
    <message>
        <location filename="../core/library/library_json.cpp" line="98"/>
        <source>not valid JSON at byte %1: %2</source>
        <translation>JSON non valide à l’octet %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/library/library_json.cpp" line="103"/>
        <source>not a Permitted template file</source>
        <translation>ce n’est pas un fichier de modèles Permitted</translation>
    </message>
    <message>
        <location filename="../core/library/library_json.cpp" line="107"/>
        <source>made by a newer version of Permitted (file version %1)</source>
        <translation>créé par une version plus récente de Permitted (version de fichier %1)</translation>
    </message>
    <message>
        <location filename="../core/library/library_json.cpp" line="116"/>
        <source>template %1 (&quot;%2&quot;): %3</source>
        <translation>modèle %1 (« %2 ») : %3</translation>
    </message>
    <message>
        <location filename="../core/library/library_json.cpp" line="147"/>
        <source>larger than 64 MB, too large for a template library</source>
        <translation>plus de 64 Mo, trop grand pour une bibliothèque de modèles</translation>
    </message>
</context>
<context>
    <name>LibraryOpening</name>
    <message numerus="yes">
        <location filename="../ui/library/library_opening_text.cpp" line="23"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/library_opening_text.cpp" line="25"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/library/library_opening_text.cpp" line="28"/>
        <source>The file was missing.</source>
        <translation>Le fichier était absent.</translation>
    </message>
    <message>
        <location filename="../ui/library/library_opening_text.cpp" line="30"/>
        <source>It was set aside as %1.</source>
        <translation>Elle a été mise de côté sous le nom %1.</translation>
    </message>
    <message>
        <location filename="../ui/library/library_opening_text.cpp" line="31"/>
        <source>Your template library %1 could not be used (%2).</source>
        <translation>Votre bibliothèque de modèles %1 n’a pas pu être utilisée (%2).</translation>
    </message>
    <message>
        <location filename="../ui/library/library_opening_text.cpp" line="32"/>
        <source>The copy taken on %1 (%2) was restored: templates and changes made after that time are missing from it.</source>
        <translation>La copie faite le %1 (%2) a été restaurée&#x202f;: les modèles et modifications postérieurs n’y figurent pas.</translation>
    </message>
    <message>
        <location filename="../ui/library/library_opening_text.cpp" line="38"/>
        <source>Your template library %1 could not be used (%2), and no good copy of it existed. It was set aside as %3, and a new, empty library was started.</source>
        <translation>Votre bibliothèque de modèles %1 n’a pas pu être utilisée (%2) et aucune copie intacte n’existait. Elle a été mise de côté sous le nom %3, et une nouvelle bibliothèque vide a été créée.</translation>
    </message>
    <message>
        <location filename="../ui/library/library_opening_text.cpp" line="42"/>
        <source>Your template library %1 could not be opened: %2. It was left as it is; templates cannot be saved in this session.</source>
        <translation>Votre bibliothèque de modèles %1 n’a pas pu être ouverte&#x202f;: %2. Elle a été laissée telle quelle&#x202f;; les modèles ne peuvent pas être enregistrés pendant cette session.</translation>
    </message>
</context>
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
    <name>RecoveryOffer</name>
    <message>
        <location filename="../ui/files/recovery_offer.cpp" line="14"/>
        <source>an untitled draft</source>
        <translation>un brouillon sans titre</translation>
    </message>
    <message>
        <location filename="../ui/files/recovery_offer.cpp" line="19"/>
        <source>Recover Draft</source>
        <translation>Récupérer le brouillon</translation>
    </message>
    <message>
        <location filename="../ui/files/recovery_offer.cpp" line="20"/>
        <source>Permitted did not close normally while %1 had unsaved changes, last written %2.</source>
        <translation>Permitted ne s’est pas fermé normalement alors que %1 avait des modifications non enregistrées, écrites pour la dernière fois le %2.</translation>
    </message>
    <message>
        <location filename="../ui/files/recovery_offer.cpp" line="24"/>
        <source>“%1”

Restore it, with its order, or discard it?</source>
        <translation>«&#x202f;%1&#x202f;»

Le restaurer, avec sa commande, ou l’abandonner&#x202f;?</translation>
    </message>
    <message>
        <location filename="../ui/files/recovery_offer.cpp" line="25"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../ui/files/recovery_offer.cpp" line="26"/>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <location filename="../ui/files/recovery_offer.cpp" line="27"/>
        <source>Ask &amp;Later</source>
        <translation>Demander &amp;plus tard</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../app/check/report.cpp" line="46"/>
        <source>%1, %2, %3 in %4</source>
        <translation>%1, %2, %3 dans %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/check/report.cpp" line="47"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/check/report.cpp" line="48"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/check/report.cpp" line="49"/>
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n suggestion</numerusform>
            <numerusform>%n suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/check/report.cpp" line="50"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../core/detection/rule_catalog.cpp" line="95"/>
        <source>Instead: %1</source>
        <translation>Écrivez plutôt&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="2"/>
        <source>Marketing content</source>
        <comment>promotional title</comment>
        <translation>Contenu marketing</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="3"/>
        <source>Amazon forbids marketing in buyer messages: coupons, discounts, sales, other products, newsletters, social media.</source>
        <comment>promotional why</comment>
        <translation>Amazon interdit tout marketing dans les messages aux acheteurs : coupons, réductions, soldes, autres produits, lettres d&apos;information, réseaux sociaux.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="4"/>
        <source>Keep to what the buyer needs for this order; leave out offers and other products.</source>
        <comment>promotional instead</comment>
        <translation>Tenez-vous-en à ce dont l&apos;acheteur a besoin pour cette commande ; retirez les offres et les autres produits.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="5"/>
        <source>Incentive for a review</source>
        <comment>review-incentive title</comment>
        <translation>Contrepartie contre un avis</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="6"/>
        <source>Offering anything in return for a review or feedback (money, gift card, free product, refund, future discount) is forbidden and can close the account.</source>
        <comment>review-incentive why</comment>
        <translation>Offrir quoi que ce soit en échange d&apos;un avis ou d&apos;une évaluation (argent, carte cadeau, produit gratuit, remboursement, réduction future) est interdit et peut entraîner la fermeture du compte.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="7"/>
        <source>Ask for a review neutrally, without offering anything, or use Amazon&apos;s Request a Review button.</source>
        <comment>review-incentive instead</comment>
        <translation>Demandez un avis de façon neutre, sans rien offrir, ou utilisez le bouton « Demander un avis » d&apos;Amazon.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="8"/>
        <source>Asks for a positive review</source>
        <comment>review-positive-only title</comment>
        <translation>Demande d&apos;avis positif</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="9"/>
        <source>Amazon forbids asking for positive or five-star reviews, asking only satisfied buyers, or telling the buyer what to write.</source>
        <comment>review-positive-only why</comment>
        <translation>Amazon interdit de demander un avis positif ou cinq étoiles, de ne solliciter que les acheteurs satisfaits ou de dicter le contenu de l&apos;avis.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="10"/>
        <source>Ask every buyer the same neutral question: &quot;Would you share your experience with this product?&quot;</source>
        <comment>review-positive-only instead</comment>
        <translation>Posez à chaque acheteur la même question neutre : « Pourriez-vous partager votre expérience avec ce produit ? »</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="11"/>
        <source>Asks to change or remove a review</source>
        <comment>review-change-request title</comment>
        <translation>Demande de modifier ou retirer un avis</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="12"/>
        <source>Asking a buyer to remove, change or update a product review is forbidden.</source>
        <comment>review-change-request why</comment>
        <translation>Demander à un acheteur de supprimer, modifier ou mettre à jour un avis sur un produit est interdit.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="13"/>
        <source>Solve the buyer&apos;s problem and leave the review as it is. For seller feedback, you may say neutrally that it can be updated once the problem is solved.</source>
        <comment>review-change-request instead</comment>
        <translation>Réglez le problème de l&apos;acheteur et laissez l&apos;avis tel quel. Pour une évaluation vendeur, vous pouvez indiquer de façon neutre qu&apos;elle peut être mise à jour une fois le problème réglé.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="14"/>
        <source>A neutral note that seller feedback can be updated is allowed only after the problem is solved.</source>
        <comment>review-change-request note seller-feedback</comment>
        <translation>Une mention neutre que l&apos;évaluation vendeur peut être mise à jour n&apos;est permise qu&apos;une fois le problème réglé.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="15"/>
        <source>Second review request for this order</source>
        <comment>review-repeat title</comment>
        <translation>Nouvelle demande d&apos;avis pour cette commande</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="16"/>
        <source>A review or feedback request may be sent only once per order, and one was already sent for this order.</source>
        <comment>review-repeat why</comment>
        <translation>Une demande d&apos;avis ou d&apos;évaluation ne peut être envoyée qu&apos;une fois par commande, et elle l&apos;a déjà été pour cette commande.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="17"/>
        <source>Do not ask again; remove the review request.</source>
        <comment>review-repeat instead</comment>
        <translation>Ne redemandez pas ; retirez la demande d&apos;avis.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="18"/>
        <source>Message only thanks or greets</source>
        <comment>thank-you-only title</comment>
        <translation>Message de remerciement seul</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="19"/>
        <source>A message that only thanks the buyer, greets them or says you are available has no permitted purpose and is not allowed.</source>
        <comment>thank-you-only why</comment>
        <translation>Un message qui ne fait que remercier, saluer ou dire que vous êtes disponible n&apos;a pas de motif autorisé et n&apos;est pas permis.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="20"/>
        <source>Send a message only when you need something for the order, or have information the buyer needs.</source>
        <comment>thank-you-only instead</comment>
        <translation>N&apos;écrivez que si vous avez besoin d&apos;une information pour la commande ou si l&apos;acheteur en a besoin.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="21"/>
        <source>Message only confirms the order or shipment</source>
        <comment>order-confirmation title</comment>
        <translation>Message de simple confirmation</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="22"/>
        <source>Amazon already confirms orders and shipments; a message that only repeats this is not allowed.</source>
        <comment>order-confirmation why</comment>
        <translation>Amazon confirme déjà les commandes et les expéditions ; un message qui ne fait que le répéter n&apos;est pas permis.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="23"/>
        <source>Do not send it, or add the information the buyer really needs (a delay, a missing detail).</source>
        <comment>order-confirmation instead</comment>
        <translation>Ne l&apos;envoyez pas, ou ajoutez l&apos;information dont l&apos;acheteur a vraiment besoin (un retard, un détail manquant).</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="24"/>
        <source>Asks the buyer to cancel</source>
        <comment>cancel-request title</comment>
        <translation>Demande d&apos;annulation à l&apos;acheteur</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="25"/>
        <source>You may not ask the buyer to request a cancellation; when an item cannot ship, cancel it yourself with the reason NoInventory or CouldNotShip.</source>
        <comment>cancel-request why</comment>
        <translation>Vous ne pouvez pas demander à l&apos;acheteur d&apos;annuler ; si l&apos;article ne peut pas être expédié, annulez vous-même avec le motif NoInventory ou CouldNotShip.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="26"/>
        <source>Tell the buyer that the order was adjusted because the item cannot ship.</source>
        <comment>cancel-request instead</comment>
        <translation>Indiquez à l&apos;acheteur que la commande a été ajustée parce que l&apos;article ne peut pas être expédié.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="27"/>
        <source>Steers the buyer away from Amazon</source>
        <comment>off-amazon title</comment>
        <translation>Incitation à quitter Amazon</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="28"/>
        <source>Directing buyers to your own shop, social media, messaging apps, e-mail or phone is forbidden.</source>
        <comment>off-amazon why</comment>
        <translation>Diriger l&apos;acheteur vers votre propre boutique, vos réseaux sociaux, une messagerie, un e-mail ou un téléphone est interdit.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="29"/>
        <source>Keep the conversation in Amazon&apos;s Buyer-Seller Messaging.</source>
        <comment>off-amazon instead</comment>
        <translation>Gardez l&apos;échange dans la messagerie acheteur-vendeur d&apos;Amazon.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="30"/>
        <source>Unsubscribe or opt-out</source>
        <comment>opt-out-link title</comment>
        <translation>Désabonnement</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="31"/>
        <source>Buyer messages may not contain unsubscribe or opt-out links or instructions; Amazon manages the buyer&apos;s message preferences.</source>
        <comment>opt-out-link why</comment>
        <translation>Les messages aux acheteurs ne doivent pas contenir de lien ou d&apos;instruction de désabonnement ; Amazon gère les préférences de l&apos;acheteur.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="32"/>
        <source>Remove the unsubscribe line.</source>
        <comment>opt-out-link instead</comment>
        <translation>Supprimez la ligne de désabonnement.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="33"/>
        <source>Offensive or sensitive wording</source>
        <comment>sensitive-content title</comment>
        <translation>Propos grossiers ou choquants</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="34"/>
        <source>Profanity, adult, violent or offensive language is forbidden in buyer messages.</source>
        <comment>sensitive-content why</comment>
        <translation>Les grossièretés et les propos à caractère adulte, violent ou offensant sont interdits.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="35"/>
        <source>Use neutral, courteous words.</source>
        <comment>sensitive-content instead</comment>
        <translation>Employez des mots neutres et courtois.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="36"/>
        <source>Insecure link (http)</source>
        <comment>insecure-link title</comment>
        <translation>Lien non sécurisé (http)</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="37"/>
        <source>Amazon blocks links that are not secure; only https links needed to complete the order are allowed.</source>
        <comment>insecure-link why</comment>
        <translation>Amazon bloque les liens non sécurisés ; seuls les liens https nécessaires à la commande sont permis.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="38"/>
        <source>Use https, or remove the link.</source>
        <comment>insecure-link instead</comment>
        <translation>Utilisez https ou retirez le lien.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="39"/>
        <source>Link outside Amazon</source>
        <comment>external-link title</comment>
        <translation>Lien hors d&apos;Amazon</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="40"/>
        <source>Links are allowed only when needed to complete the order; a link to another site can get the message blocked.</source>
        <comment>external-link why</comment>
        <translation>Les liens ne sont permis que s&apos;ils sont nécessaires à la commande ; un lien vers un autre site peut faire bloquer le message.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="41"/>
        <source>Remove the link unless the buyer needs it for this order.</source>
        <comment>external-link instead</comment>
        <translation>Retirez le lien sauf si l&apos;acheteur en a besoin pour cette commande.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="42"/>
        <source>%1 is a carrier&apos;s tracking site: allowed when the buyer needs it.</source>
        <comment>external-link note carrier</comment>
        <translation>%1 est le site de suivi d&apos;un transporteur : permis si l&apos;acheteur en a besoin.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="43"/>
        <source>%1 imitates an Amazon domain.</source>
        <comment>external-link note lookalike</comment>
        <translation>%1 imite un domaine d&apos;Amazon.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="44"/>
        <source>%1 is a link shortener: it hides where the link goes, and Amazon blocks it.</source>
        <comment>external-link note shortener</comment>
        <translation>%1 est un raccourcisseur de liens : il cache la destination, et Amazon le bloque.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="45"/>
        <source>%1 is not an Amazon site.</source>
        <comment>external-link note site</comment>
        <translation>%1 n&apos;est pas un site d&apos;Amazon.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="46"/>
        <source>E-mail address</source>
        <comment>email-address title</comment>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="47"/>
        <source>E-mail addresses are forbidden in buyer messages, in any spelling.</source>
        <comment>email-address why</comment>
        <translation>Les adresses e-mail sont interdites dans les messages aux acheteurs, sous toutes leurs formes.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="48"/>
        <source>Remove the address; the buyer can answer through Amazon.</source>
        <comment>email-address instead</comment>
        <translation>Retirez l&apos;adresse ; l&apos;acheteur peut répondre via Amazon.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="49"/>
        <source>Phone number</source>
        <comment>phone-number title</comment>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="50"/>
        <source>Phone numbers are forbidden in buyer messages.</source>
        <comment>phone-number why</comment>
        <translation>Les numéros de téléphone sont interdits dans les messages aux acheteurs.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="51"/>
        <source>Remove the number; the buyer can answer through Amazon.</source>
        <comment>phone-number instead</comment>
        <translation>Retirez le numéro ; l&apos;acheteur peut répondre via Amazon.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="52"/>
        <source>This looks like a warranty, carrier or manufacturer line: allowed only if the buyer needs it.</source>
        <comment>phone-number note service-line</comment>
        <translation>Il semble s&apos;agir d&apos;une ligne de garantie, de transporteur ou de fabricant : permise seulement si l&apos;acheteur en a besoin.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="53"/>
        <source>No order ID</source>
        <comment>missing-order-id title</comment>
        <translation>Numéro de commande absent</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="54"/>
        <source>Every proactive message must name the 17-digit order ID it is about.</source>
        <comment>missing-order-id why</comment>
        <translation>Tout message proactif doit indiquer le numéro de commande à 17 chiffres.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="55"/>
        <source>Add the order ID, or the {{order_id}} placeholder.</source>
        <comment>missing-order-id instead</comment>
        <translation>Ajoutez le numéro de commande ou l&apos;espace réservé {{order_id}}.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="56"/>
        <source>Malformed order ID</source>
        <comment>invalid-order-id title</comment>
        <translation>Numéro de commande mal formé</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="57"/>
        <source>An Amazon order ID has 17 digits in the form 123-1234567-1234567; this one has a different shape.</source>
        <comment>invalid-order-id why</comment>
        <translation>Un numéro de commande Amazon compte 17 chiffres sous la forme 123-1234567-1234567 ; celui-ci a une autre forme.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="58"/>
        <source>Copy the order ID from Seller Central.</source>
        <comment>invalid-order-id instead</comment>
        <translation>Copiez le numéro depuis Seller Central.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="59"/>
        <source>Not in the buyer&apos;s language</source>
        <comment>language-mismatch title</comment>
        <translation>Pas dans la langue de l&apos;acheteur</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="60"/>
        <source>Messages must be written in the buyer&apos;s language of preference; this one appears to be in %1.</source>
        <comment>language-mismatch why</comment>
        <translation>Les messages doivent être rédigés dans la langue choisie par l&apos;acheteur ; celui-ci semble être en %1.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="61"/>
        <source>Write the message in the buyer&apos;s language, or change the buyer language if it is wrong.</source>
        <comment>language-mismatch instead</comment>
        <translation>Rédigez le message dans la langue de l&apos;acheteur, ou corrigez la langue choisie si elle est fausse.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="62"/>
        <source>Not all checks ran</source>
        <comment>unchecked-language title</comment>
        <translation>Toutes les vérifications n&apos;ont pas eu lieu</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="63"/>
        <source>Permitted has no rules yet for what messages in %1 say, so these checks did not run: %2.</source>
        <comment>unchecked-language why</comment>
        <translation>Permitted n&apos;a pas encore de règles sur le contenu des messages en %1 ; ces vérifications n&apos;ont pas eu lieu : %2.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="64"/>
        <source>Check those points yourself before you send the message.</source>
        <comment>unchecked-language instead</comment>
        <translation>Vérifiez vous-même ces points avant d&apos;envoyer le message.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="65"/>
        <source>Too late for a proactive message</source>
        <comment>outside-window title</comment>
        <translation>Trop tard pour un message proactif</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="66"/>
        <source>Proactive messages are allowed only within 30 days of order completion; this order completed %1 days ago.</source>
        <comment>outside-window why</comment>
        <translation>Les messages proactifs ne sont permis que dans les 30 jours suivant la fin de la commande ; celle-ci date de %1 jours.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="67"/>
        <source>Do not send it; answer only if the buyer writes first.</source>
        <comment>outside-window instead</comment>
        <translation>Ne l&apos;envoyez pas ; répondez seulement si l&apos;acheteur écrit le premier.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="68"/>
        <source>Message too long</source>
        <comment>message-length title</comment>
        <translation>Message trop long</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="69"/>
        <source>This contact reason allows %1 characters; the message has %2.</source>
        <comment>message-length why</comment>
        <translation>Ce motif de contact permet %1 caractères ; le message en compte %2.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="70"/>
        <source>Shorten the message.</source>
        <comment>message-length instead</comment>
        <translation>Raccourcissez le message.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="71"/>
        <source>HTML in a text message</source>
        <comment>html-in-text title</comment>
        <translation>HTML dans un message texte</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="72"/>
        <source>Plain-text messages may not contain HTML markup; Amazon shows it as is or blocks the message.</source>
        <comment>html-in-text why</comment>
        <translation>Un message en texte brut ne doit pas contenir de balises HTML ; Amazon les affiche telles quelles ou bloque le message.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="73"/>
        <source>Remove the markup, or write an HTML e-mail reply.</source>
        <comment>html-in-text instead</comment>
        <translation>Retirez les balises, ou rédigez une réponse e-mail en HTML.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="74"/>
        <source>In the text channel this link loses its address %1: write the address out, or remove the link.</source>
        <comment>html-in-text note hidden-link</comment>
        <translation>Dans le canal texte, ce lien perd son adresse %1 : écrivez l&apos;adresse en clair, ou retirez le lien.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="75"/>
        <source>Seller Central&apos;s text box carries no pictures: this one would be lost.</source>
        <comment>html-in-text note picture</comment>
        <translation>La zone de texte de Seller Central ne transmet pas d&apos;image : celle-ci serait perdue.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="76"/>
        <source>Attachment not allowed</source>
        <comment>attachment-type title</comment>
        <translation>Pièce jointe non permise</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="77"/>
        <source>Attachments are limited to invoices, shipping labels, custom designs, product instructions, warranties and legal disclosures: at most 5 files and 10 MB in all.</source>
        <comment>attachment-type why</comment>
        <translation>Les pièces jointes sont limitées aux factures, étiquettes d&apos;expédition, maquettes personnalisées, instructions, garanties et mentions légales : 5 fichiers et 10 Mo au plus.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="78"/>
        <source>Remove the attachment or send only the documents the reason allows.</source>
        <comment>attachment-type instead</comment>
        <translation>Retirez la pièce jointe ou n&apos;envoyez que les documents permis pour ce motif.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="79"/>
        <source>%1 is not a document type Amazon accepts.</source>
        <comment>attachment-type note file-type</comment>
        <translation>%1 n&apos;est pas un type de document accepté par Amazon.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="80"/>
        <source>This contact reason allows no attachment.</source>
        <comment>attachment-type note reason</comment>
        <translation>Ce motif de contact ne permet aucune pièce jointe.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="81"/>
        <source>The attachments weigh %1 MB in all; at most 10 MB are allowed.</source>
        <comment>attachment-type note too-large</comment>
        <translation>Les pièces jointes pèsent %1 Mo en tout ; 10 Mo au plus sont permis.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="82"/>
        <source>%1 files attached; at most 5 are allowed.</source>
        <comment>attachment-type note too-many</comment>
        <translation>%1 fichiers joints ; 5 au plus sont permis.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="83"/>
        <source>Unknown placeholder</source>
        <comment>unknown-placeholder title</comment>
        <translation>Espace réservé inconnu</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="84"/>
        <source>%1 is not a placeholder Permitted can fill; it would reach the buyer as is.</source>
        <comment>unknown-placeholder why</comment>
        <translation>%1 n&apos;est pas un espace réservé que Permitted sait remplir ; l&apos;acheteur le verrait tel quel.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="85"/>
        <source>Use one of the known placeholders, such as {{order_id}} or {{buyer_name}}.</source>
        <comment>unknown-placeholder instead</comment>
        <translation>Utilisez un espace réservé connu, comme {{order_id}} ou {{buyer_name}}.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="86"/>
        <source>Another tool&apos;s placeholder</source>
        <comment>foreign-placeholder title</comment>
        <translation>Espace réservé d&apos;un autre outil</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="87"/>
        <source>%1 is written in another tool&apos;s placeholder syntax; Permitted fills only its own, such as %2.</source>
        <comment>foreign-placeholder why</comment>
        <translation>%1 est écrit dans la syntaxe d&apos;un autre outil ; Permitted ne remplit que les siens, comme %2.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="88"/>
        <source>Write the placeholder as %2, so that Permitted fills it from the order.</source>
        <comment>foreign-placeholder instead</comment>
        <translation>Écrivez l&apos;espace réservé %2, pour que Permitted le remplisse à partir de la commande.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="89"/>
        <source>Placeholder not filled</source>
        <comment>unfilled-placeholder title</comment>
        <translation>Espace réservé non rempli</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="90"/>
        <source>%1 has no value yet; the buyer would see it as is.</source>
        <comment>unfilled-placeholder why</comment>
        <translation>%1 n&apos;a pas encore de valeur ; l&apos;acheteur le verrait tel quel.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="91"/>
        <source>Fill it from the order before copying the message.</source>
        <comment>unfilled-placeholder instead</comment>
        <translation>Remplissez-le à partir de la commande avant de copier le message.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="92"/>
        <source>Placeholders differ from the source</source>
        <comment>placeholder-mismatch title</comment>
        <translation>Espaces réservés différents de la source</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="93"/>
        <source>This translation lacks or adds %1 compared with its source language.</source>
        <comment>placeholder-mismatch why</comment>
        <translation>Cette traduction omet ou ajoute %1 par rapport à la langue source.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="94"/>
        <source>Use the same placeholders in every language of the template.</source>
        <comment>placeholder-mismatch instead</comment>
        <translation>Utilisez les mêmes espaces réservés dans toutes les langues du modèle.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="95"/>
        <source>&quot;[Important]&quot; in the subject</source>
        <comment>subject-important title</comment>
        <translation>« [Important] » dans l&apos;objet</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="96"/>
        <source>Amazon removed the Important option from buyer messages; a subject marked this way looks like an attempt to get around it.</source>
        <comment>subject-important why</comment>
        <translation>Amazon a supprimé l&apos;option Important des messages ; un objet ainsi marqué semble chercher à la contourner.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="97"/>
        <source>Remove the marker and describe the subject plainly.</source>
        <comment>subject-important instead</comment>
        <translation>Retirez la mention et décrivez l&apos;objet simplement.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="98"/>
        <source>Emoji or emoticon</source>
        <comment>emoji title</comment>
        <translation>Émoji ou émoticône</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="99"/>
        <source>Emojis and emoticons are forbidden in buyer messages.</source>
        <comment>emoji why</comment>
        <translation>Les émojis et émoticônes sont interdits dans les messages aux acheteurs.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="100"/>
        <source>Remove it; say it in words if it matters.</source>
        <comment>emoji instead</comment>
        <translation>Retirez-le ; dites-le en mots si c&apos;est important.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="101"/>
        <source>Too many line breaks</source>
        <comment>consecutive-line-breaks title</comment>
        <translation>Trop de sauts de ligne</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="102"/>
        <source>Amazon allows at most two line breaks in a row (one blank line).</source>
        <comment>consecutive-line-breaks why</comment>
        <translation>Amazon permet au plus deux sauts de ligne consécutifs (une ligne vide).</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="103"/>
        <source>Keep a single blank line between paragraphs.</source>
        <comment>consecutive-line-breaks instead</comment>
        <translation>Laissez une seule ligne vide entre les paragraphes.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="104"/>
        <source>Possible misspelling</source>
        <comment>spelling title</comment>
        <translation>Faute d&apos;orthographe possible</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="105"/>
        <source>%1 is not in the %2 dictionary.</source>
        <comment>spelling why</comment>
        <translation>%1 ne figure pas dans le dictionnaire %2.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="106"/>
        <source>Check the spelling, or add the word to your dictionary.</source>
        <comment>spelling instead</comment>
        <translation>Vérifiez l&apos;orthographe ou ajoutez le mot à votre dictionnaire.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="107"/>
        <source>Possible grammar or typing error</source>
        <comment>grammar title</comment>
        <translation>Erreur de grammaire ou de frappe possible</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="108"/>
        <source>This looks like a typing or grammar mistake.</source>
        <comment>grammar why</comment>
        <translation>Cela ressemble à une faute de frappe ou de grammaire.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="109"/>
        <source>Check the sentence.</source>
        <comment>grammar instead</comment>
        <translation>Vérifiez la phrase.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="110"/>
        <source>The punctuation is doubled.</source>
        <comment>grammar note doubled-punctuation</comment>
        <translation>La ponctuation est doublée.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="111"/>
        <source>The sentence starts with a lower-case letter.</source>
        <comment>grammar note lowercase-start</comment>
        <translation>La phrase commence par une minuscule.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="112"/>
        <source>A space is missing after the punctuation.</source>
        <comment>grammar note missing-space</comment>
        <translation>Il manque une espace après la ponctuation.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="113"/>
        <source>The word %1 is repeated.</source>
        <comment>grammar note repeated-word</comment>
        <translation>Le mot %1 est répété.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="114"/>
        <source>%1 has no matching partner.</source>
        <comment>grammar note unbalanced</comment>
        <translation>%1 n&apos;a pas de symbole correspondant.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="115"/>
        <source>More than three font sizes</source>
        <comment>font-sizes title</comment>
        <translation>Plus de trois tailles de police</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="116"/>
        <source>Amazon allows at most three distinct font sizes in a message.</source>
        <comment>font-sizes why</comment>
        <translation>Amazon permet au plus trois tailles de police différentes dans un message.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="117"/>
        <source>Keep the body in one size; use bold for what must stand out.</source>
        <comment>font-sizes instead</comment>
        <translation>Gardez le corps dans une seule taille ; mettez en gras ce qui doit ressortir.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="118"/>
        <source>Font, colour or line height changed</source>
        <comment>font-override title</comment>
        <translation>Police, couleur ou interligne modifiés</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="119"/>
        <source>Amazon does not allow a message to override the buyer&apos;s font family, font colour or line height.</source>
        <comment>font-override why</comment>
        <translation>Amazon n&apos;autorise pas un message à imposer la police, la couleur du texte ou l&apos;interligne.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="120"/>
        <source>Clear the font, colour and line spacing; the buyer&apos;s mail client sets them.</source>
        <comment>font-override instead</comment>
        <translation>Retirez la police, la couleur et l&apos;interligne ; la messagerie de l&apos;acheteur les fixe.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="121"/>
        <source>A style sheet in the message sets %1.</source>
        <comment>font-override note sheet</comment>
        <translation>Une feuille de style du message fixe %1.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="122"/>
        <source>Centred or aligned text</source>
        <comment>text-alignment title</comment>
        <translation>Texte centré ou aligné</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="123"/>
        <source>Amazon does not allow centred, right-aligned or justified text in a message.</source>
        <comment>text-alignment why</comment>
        <translation>Amazon n&apos;autorise pas le texte centré, aligné à droite ou justifié dans un message.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="124"/>
        <source>Leave the paragraph aligned as the buyer&apos;s mail client sets it.</source>
        <comment>text-alignment instead</comment>
        <translation>Laissez le paragraphe aligné comme la messagerie de l&apos;acheteur le fait.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="125"/>
        <source>A style sheet in the message sets %1.</source>
        <comment>text-alignment note sheet</comment>
        <translation>Une feuille de style du message fixe %1.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="126"/>
        <source>Margins too wide</source>
        <comment>margin-width title</comment>
        <translation>Marges trop larges</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="127"/>
        <source>Margins or padding may take at most 20% of the message width (120 px of Amazon&apos;s 600 px column).</source>
        <comment>margin-width why</comment>
        <translation>Les marges ou retraits ne peuvent dépasser 20 % de la largeur du message (120 px sur la colonne de 600 px d&apos;Amazon).</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="128"/>
        <source>Remove the margin or indent of this paragraph.</source>
        <comment>margin-width instead</comment>
        <translation>Retirez la marge ou le retrait de ce paragraphe.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="129"/>
        <source>A style sheet in the message sets %1.</source>
        <comment>margin-width note sheet</comment>
        <translation>Une feuille de style du message fixe %1.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="130"/>
        <source>Picture too wide</source>
        <comment>image-width title</comment>
        <translation>Image trop large</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="131"/>
        <source>A picture may be at most 80% of the message width: 480 px of Amazon&apos;s 600 px column.</source>
        <comment>image-width why</comment>
        <translation>Une image ne peut dépasser 80 % de la largeur du message : 480 px sur la colonne de 600 px d&apos;Amazon.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="132"/>
        <source>Fit the picture to 480 px or less.</source>
        <comment>image-width instead</comment>
        <translation>Ramenez l&apos;image à 480 px ou moins.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="133"/>
        <source>The picture gives no width, so it may show wider than 480 px.</source>
        <comment>image-width note unknown-width</comment>
        <translation>L&apos;image n&apos;indique pas de largeur : elle peut s&apos;afficher sur plus de 480 px.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="134"/>
        <source>Picture loaded over http</source>
        <comment>insecure-image title</comment>
        <translation>Image chargée en http</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="135"/>
        <source>Amazon blocks pictures loaded over an insecure http:// address.</source>
        <comment>insecure-image why</comment>
        <translation>Amazon bloque les images chargées par une adresse http:// non sécurisée.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="136"/>
        <source>Load the picture over https://.</source>
        <comment>insecure-image instead</comment>
        <translation>Chargez l&apos;image en https://.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="137"/>
        <source>This picture is not on the web over https (%1): the buyer&apos;s mail client cannot load it, or not safely.</source>
        <comment>insecure-image note not-https</comment>
        <translation>Cette image n&apos;est pas sur le web en https (%1) : la messagerie de l&apos;acheteur ne peut pas la charger, ou pas de façon sûre.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="138"/>
        <source>Tracking pixel</source>
        <comment>tracking-pixel title</comment>
        <translation>Pixel espion</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="139"/>
        <source>Tiny or hidden pictures and pictures from open-tracking services report to the sender when the buyer reads the message; Amazon forbids them.</source>
        <comment>tracking-pixel why</comment>
        <translation>Les images minuscules ou cachées et celles des services de suivi d&apos;ouverture signalent à l&apos;expéditeur que l&apos;acheteur a lu le message ; Amazon les interdit.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="140"/>
        <source>Remove the picture.</source>
        <comment>tracking-pixel instead</comment>
        <translation>Retirez l&apos;image.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="141"/>
        <source>GIF picture</source>
        <comment>animated-gif title</comment>
        <translation>Image GIF</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="142"/>
        <source>Amazon does not allow GIF pictures (animated pictures) in messages.</source>
        <comment>animated-gif why</comment>
        <translation>Amazon n&apos;autorise pas les images GIF (animées) dans les messages.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="143"/>
        <source>Use a still PNG or JPEG picture, or none.</source>
        <comment>animated-gif instead</comment>
        <translation>Utilisez une image fixe PNG ou JPEG, ou aucune.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="144"/>
        <source>Picture without a description</source>
        <comment>image-alt title</comment>
        <translation>Image sans description</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="145"/>
        <source>Every picture needs an alternative text for buyers who cannot see it.</source>
        <comment>image-alt why</comment>
        <translation>Chaque image doit avoir un texte de remplacement pour les acheteurs qui ne la voient pas.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="146"/>
        <source>Describe the picture in a few words.</source>
        <comment>image-alt instead</comment>
        <translation>Décrivez l&apos;image en quelques mots.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="147"/>
        <source>Picture linking outside Amazon</source>
        <comment>logo-link title</comment>
        <translation>Image avec lien hors d&apos;Amazon</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="148"/>
        <source>A picture (a logo) may not link to a site outside Amazon.</source>
        <comment>logo-link why</comment>
        <translation>Une image (un logo) ne peut pas renvoyer vers un site extérieur à Amazon.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="149"/>
        <source>Remove the link from the picture.</source>
        <comment>logo-link instead</comment>
        <translation>Retirez le lien de l&apos;image.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="150"/>
        <source>Product photo</source>
        <comment>product-image title</comment>
        <translation>Photo du produit</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="151"/>
        <source>Amazon shows the product&apos;s picture beside the message itself; a product photo in the body is usually not needed.</source>
        <comment>product-image why</comment>
        <translation>Amazon affiche déjà la photo du produit à côté du message ; une photo du produit dans le corps est rarement utile.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="152"/>
        <source>Remove the photo unless the buyer needs it (a defect, an assembly step).</source>
        <comment>product-image instead</comment>
        <translation>Retirez la photo, sauf si l&apos;acheteur en a besoin (un défaut, une étape de montage).</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="153"/>
        <source>Link text does not say where it goes</source>
        <comment>link-text title</comment>
        <translation>Le texte du lien ne dit pas où il mène</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="154"/>
        <source>Amazon requires link text that describes the destination; &quot;click here&quot; and empty links are not allowed.</source>
        <comment>link-text why</comment>
        <translation>Amazon exige un texte de lien qui décrit la destination ; « cliquez ici » et les liens vides ne sont pas permis.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="155"/>
        <source>Use the destination as the link text, for example &quot;tracking page for your parcel&quot;.</source>
        <comment>link-text instead</comment>
        <translation>Décrivez la destination, par exemple « page de suivi de votre colis ».</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/editor/main.cpp" line="183"/>
        <source>Write messages to Amazon buyers that pass Amazon&apos;s messaging rules.</source>
        <translation>Écrivez aux acheteurs Amazon des messages conformes aux règles de messagerie d’Amazon.</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="187"/>
        <source>Save a picture of the window to PNG once the draft is checked, then exit.</source>
        <translation>Enregistrer une capture de la fenêtre au format PNG une fois le brouillon vérifié, puis quitter.</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="195"/>
        <source>Print the findings for FILE as permitted-check&apos;s JSON, then exit.</source>
        <translation>Afficher les problèmes de FILE au format JSON de permitted-check, puis quitter.</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="197"/>
        <source>Write what the copy actions would copy to OUT (.html or .txt), then exit.</source>
        <translation>Écrire dans OUT (.html ou .txt) ce que les commandes de copie copieraient, puis quitter.</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="202"/>
        <source>Write the template library to OUT.json, then exit.</source>
        <translation>Écrire la bibliothèque de modèles dans OUT.json, puis quitter.</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="205"/>
        <source>Add the templates of IN.json to the library, then exit.</source>
        <translation>Ajouter les modèles de IN.json à la bibliothèque, puis quitter.</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="208"/>
        <source>With --import-library: replace a template the library has, instead of keeping both.</source>
        <translation>Avec --import-library&#x202f;: remplacer un modèle déjà présent au lieu de garder les deux.</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="212"/>
        <source>The buyer&apos;s language.</source>
        <translation>La langue de l’acheteur.</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="213"/>
        <source>The marketplace.</source>
        <translation>La place de marché.</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="214"/>
        <source>reply or proactive.</source>
        <translation>reply (réponse) ou proactive (proactif).</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="215"/>
        <source>html or text.</source>
        <translation>html ou text.</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="216"/>
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
        <location filename="../ui/editor/checked_text_edit.cpp" line="79"/>
        <source>F1: this rule in the rules reference, with examples</source>
        <translation>F1&#x202f;: cette règle dans le guide des règles, avec des exemples</translation>
    </message>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="106"/>
        <source>Describe the Picture</source>
        <translation>Décrire l’image</translation>
    </message>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="107"/>
        <source>A few words for buyers who cannot see the picture:</source>
        <translation>Quelques mots pour les acheteurs qui ne voient pas l’image&#x202f;:</translation>
    </message>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="150"/>
        <source>No suggestions</source>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="151"/>
        <source>Add “%1” to Dictionary</source>
        <translation>Ajouter «&#x202f;%1&#x202f;» au dictionnaire</translation>
    </message>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="154"/>
        <source>Add to Dictionary</source>
        <translation>Ajouter au dictionnaire</translation>
    </message>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="155"/>
        <source>The word could not be saved to your dictionary: %1</source>
        <translation>Le mot n’a pas pu être enregistré dans votre dictionnaire&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="159"/>
        <source>Ignore Here</source>
        <translation>Ignorer ici</translation>
    </message>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="160"/>
        <source>About This Rule</source>
        <translation>À propos de cette règle</translation>
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
        <location filename="../ui/files/draft_session.cpp" line="64"/>
        <location filename="../ui/files/draft_session.cpp" line="77"/>
        <source>Open Draft</source>
        <translation>Ouvrir un brouillon</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="65"/>
        <source>Drafts (*.html *.htm *.txt);;All files (*)</source>
        <translation>Brouillons (*.html *.htm *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="76"/>
        <source>%1 cannot be opened: %2.</source>
        <translation>Impossible d’ouvrir %1&#x202f;: %2.</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="121"/>
        <location filename="../ui/files/draft_session.cpp" line="129"/>
        <source>Save Draft As</source>
        <translation>Enregistrer le brouillon sous</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="122"/>
        <source>HTML draft (*.html);;Plain text, body only (*.txt)</source>
        <translation>Brouillon HTML (*.html);;Texte brut, corps seul (*.txt)</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="130"/>
        <source>A plain-text draft keeps the body only: the subject and the formatting are not saved. Save anyway?</source>
        <translation>Un brouillon en texte brut ne conserve que le corps du message&#x202f;: l’objet et la mise en forme ne sont pas enregistrés. Enregistrer quand même&#x202f;?</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="142"/>
        <source>Save Draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="143"/>
        <source>%1 could not be saved: %2
Your text is still here; try another folder.</source>
        <translation>Impossible d’enregistrer %1&#x202f;: %2
Votre texte est toujours là&#x202f;; essayez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="162"/>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="162"/>
        <source>Save the changes to %1 before going on?</source>
        <translation>Enregistrer les modifications de %1 avant de continuer&#x202f;?</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="207"/>
        <source>Clear Recent Files</source>
        <translation>Effacer la liste des fichiers récents</translation>
    </message>
</context>
<context>
    <name>permitted::FindBar</name>
    <message>
        <location filename="../ui/editor/find_bar.cpp" line="16"/>
        <source>Match &amp;case</source>
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <location filename="../ui/editor/find_bar.cpp" line="16"/>
        <source>&amp;Whole words</source>
        <translation>&amp;Mots entiers</translation>
    </message>
    <message>
        <location filename="../ui/editor/find_bar.cpp" line="20"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../ui/editor/find_bar.cpp" line="21"/>
        <source>Text to find</source>
        <translation>Texte à rechercher</translation>
    </message>
    <message>
        <location filename="../ui/editor/find_bar.cpp" line="23"/>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <location filename="../ui/editor/find_bar.cpp" line="24"/>
        <source>Replacement text</source>
        <translation>Texte de remplacement</translation>
    </message>
    <message>
        <location filename="../ui/editor/find_bar.cpp" line="27"/>
        <source>&amp;Previous</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location filename="../ui/editor/find_bar.cpp" line="28"/>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location filename="../ui/editor/find_bar.cpp" line="31"/>
        <source>Close (Escape)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <location filename="../ui/editor/find_bar.cpp" line="32"/>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <location filename="../ui/editor/find_bar.cpp" line="34"/>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <location filename="../ui/editor/find_bar.cpp" line="35"/>
        <source>Replace &amp;All</source>
        <translation>&amp;Tout remplacer</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/find_bar.cpp" line="154"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n remplacement</numerusform>
            <numerusform>%n remplacements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editor/find_bar.cpp" line="162"/>
        <source>Not found</source>
        <translation>Introuvable</translation>
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
        <source>Subject: %1</source>
        <translation>Objet&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="37"/>
        <location filename="../ui/library/library_panel.cpp" line="43"/>
        <source>Search templates</source>
        <translation>Rechercher un modèle</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="38"/>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="40"/>
        <source>Text of the selected template</source>
        <translation>Texte du modèle choisi</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="46"/>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="46"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="58"/>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="58"/>
        <source>A new template from a built-in one or from the message in the editor</source>
        <translation>Un nouveau modèle, à partir d’un modèle intégré ou du message de l’éditeur</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="60"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="62"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="64"/>
        <source>Tags…</source>
        <translation>Étiquettes…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="66"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="74"/>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="77"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="78"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="86"/>
        <source>Export Selected…</source>
        <translation>Exporter la sélection…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="87"/>
        <source>Export All…</source>
        <translation>Tout exporter…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="88"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="116"/>
        <source>New Template from This…</source>
        <translation>Nouveau modèle à partir de celui-ci…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="124"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="167"/>
        <source>%1: source</source>
        <translation>%1&#x202f;: source</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="169"/>
        <source>%1 (to review)</source>
        <translation>%1 (à relire)</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="170"/>
        <source>%1: to review</source>
        <translation>%1&#x202f;: à relire</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="173"/>
        <source>%1: translated</source>
        <translation>%1&#x202f;: traduit</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="214"/>
        <source>%1
Tags: %2</source>
        <translation>%1
Étiquettes&#x202f;: %2</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="226"/>
        <source>Your template library could not be opened: %1</source>
        <translation>Votre bibliothèque de modèles n’a pas pu être ouverte&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="228"/>
        <source>No templates yet. “New…” starts one from a built-in template, in any buyer language.</source>
        <translation>Aucun modèle pour l’instant. «&#x202f;Nouveau…&#x202f;» en crée un à partir d’un modèle intégré, dans la langue de l’acheteur de votre choix.</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="230"/>
        <source>No template matches “%1”.</source>
        <translation>Aucun modèle ne correspond à «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="247"/>
        <source>Built-in templates (read-only)</source>
        <translation>Modèles intégrés (lecture seule)</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="254"/>
        <source>Permitted&apos;s own templates: “New…” or a double click copies one into your library</source>
        <translation>Les modèles fournis avec Permitted&#x202f;: «&#x202f;Nouveau…&#x202f;» ou un double-clic en copie un dans votre bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="266"/>
        <source>%1
Built-in, in %2: a double click copies it into your library</source>
        <translation>%1
Modèle intégré, en %2&#x202f;: un double-clic le copie dans votre bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="326"/>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="327"/>
        <source>Duplicate “%1”</source>
        <translation>Dupliquer «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="337"/>
        <source>Rename Template</source>
        <translation>Renommer le modèle</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="337"/>
        <source>New name:</source>
        <translation>Nouveau nom&#x202f;:</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="348"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="348"/>
        <source>Tags of “%1”, separated by commas:</source>
        <translation>Étiquettes de «&#x202f;%1&#x202f;», séparées par des virgules&#x202f;:</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="365"/>
        <source>Delete Template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/library_panel.cpp" line="366"/>
        <source>Delete the template “%1” and its %n language(s)?</source>
        <translation>
            <numerusform>Supprimer le modèle «&#x202f;%1&#x202f;» et sa langue&#x202f;?</numerusform>
            <numerusform>Supprimer le modèle «&#x202f;%1&#x202f;» et ses %n langues&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="367"/>
        <source>Edit ▸ Undo in this panel (Ctrl+Z) brings it back.</source>
        <translation>Édition ▸ Annuler dans ce panneau (Ctrl+Z) le fait revenir.</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="372"/>
        <source>Deleted “%1”. Undo brings it back.</source>
        <translation>«&#x202f;%1&#x202f;» supprimé. Annuler le rétablit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/library_panel.cpp" line="379"/>
        <location filename="../ui/library/library_panel.cpp" line="389"/>
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
        <location filename="../ui/main_window.cpp" line="403"/>
        <location filename="../ui/main_window.cpp" line="546"/>
        <location filename="../ui/main_window.cpp" line="550"/>
        <source>Permitted</source>
        <translation>Permitted</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="305"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="74"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="75"/>
        <source>Write your message to the buyer here.</source>
        <translation>Rédigez ici votre message à l’acheteur.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="76"/>
        <source>Message to the buyer</source>
        <translation>Message à l’acheteur</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="87"/>
        <source>&amp;Subject:</source>
        <translation>O&amp;bjet&#x202f;:</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="107"/>
        <source>Loading the rules…</source>
        <translation>Chargement des règles…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="149"/>
        <location filename="../ui/main_window.cpp" line="427"/>
        <source>Template Library</source>
        <translation>Bibliothèque de modèles</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="150"/>
        <source>A change could not be saved in your template library: %1

The text is still in the editor.</source>
        <translation>Une modification n’a pas pu être enregistrée dans votre bibliothèque de modèles&#x202f;: %1

Le texte est toujours dans l’éditeur.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="187"/>
        <source>The recovery copy of this draft could not be written in %1: save the draft yourself.</source>
        <translation>La copie de secours de ce brouillon n’a pas pu être écrite dans %1&#x202f;: enregistrez le brouillon vous-même.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="218"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="218"/>
        <source>Your dictionary could not be saved: %1</source>
        <translation>Votre dictionnaire n’a pas pu être enregistré&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="222"/>
        <source>The interface language changes when Permitted starts again.</source>
        <translation>La langue de l’interface change au prochain démarrage de Permitted.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="229"/>
        <source>The rules are still loading; the reference opens once they are.</source>
        <translation>Les règles sont en cours de chargement&#x202f;; le guide s’ouvrira ensuite.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="262"/>
        <source>The draft was restored; it is not saved yet.</source>
        <translation>Le brouillon a été restauré&#x202f;; il n’est pas encore enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="284"/>
        <location filename="../ui/main_window.cpp" line="288"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="289"/>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="291"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="292"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="306"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="307"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="308"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="309"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="311"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="311"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="313"/>
        <source>Copy for Seller &amp;Central</source>
        <translation>Copier pour Seller &amp;Central</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="313"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="314"/>
        <source>Copy as &amp;HTML E-mail</source>
        <translation>Copier comme e-mail &amp;HTML</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="314"/>
        <source>Ctrl+Alt+C</source>
        <translation>Ctrl+Alt+C</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="316"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="319"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="325"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="328"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="331"/>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="333"/>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="334"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="335"/>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="336"/>
        <source>Select &amp;All</source>
        <translation>Tout &amp;sélectionner</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="339"/>
        <source>Pr&amp;eferences…</source>
        <translation>Pr&amp;éférences…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="341"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="344"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="345"/>
        <source>Find &amp;Next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="346"/>
        <source>Find Pre&amp;vious</source>
        <translation>Occurrence &amp;précédente</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="348"/>
        <source>R&amp;eplace…</source>
        <translation>R&amp;emplacer…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="348"/>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="350"/>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="354"/>
        <source>&amp;Templates</source>
        <translation>&amp;Modèles</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="355"/>
        <source>&amp;New Template…</source>
        <translation>&amp;Nouveau modèle…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="355"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="356"/>
        <source>&amp;Add Language…</source>
        <translation>&amp;Ajouter une langue…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="357"/>
        <source>&amp;Close Template</source>
        <translation>&amp;Fermer le modèle</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="359"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="360"/>
        <source>&amp;Export All…</source>
        <translation>&amp;Tout exporter…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="367"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="368"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="370"/>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="371"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="372"/>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Taille normale</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="372"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="379"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="380"/>
        <source>&amp;Rules Reference</source>
        <translation>&amp;Guide des règles</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="381"/>
        <source>&amp;About Permitted</source>
        <translation>À &amp;propos de Permitted</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="382"/>
        <source>About Permitted</source>
        <translation>À propos de Permitted</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="383"/>
        <source>&lt;p&gt;&lt;b&gt;Permitted&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Checks messages to Amazon buyers against Amazon&apos;s communication rules as you write them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Permitted&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Vérifie, pendant que vous les rédigez, que vos messages aux acheteurs Amazon respectent les règles de communication d’Amazon.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="402"/>
        <source>The rules could not be loaded: messages are not checked.</source>
        <translation>Les règles n’ont pas pu être chargées&#x202f;: les messages ne sont pas vérifiés.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="403"/>
        <source>The rules could not be loaded, so nothing is checked. Reinstalling Permitted should repair this.</source>
        <translation>Les règles n’ont pas pu être chargées&#x202f;: rien n’est vérifié. Réinstaller Permitted devrait corriger le problème.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="476"/>
        <source>New Template “%1”</source>
        <translation>Nouveau modèle «&#x202f;%1&#x202f;»</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="508"/>
        <source>%n problem(s) would get this message blocked</source>
        <translation>
            <numerusform>%n problème entraînerait le blocage de ce message</numerusform>
            <numerusform>%n problèmes entraîneraient le blocage de ce message</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="510"/>
        <source>Write your message; it is checked as you type.</source>
        <translation>Rédigez votre message&#x202f;: il est vérifié au fil de la frappe.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="512"/>
        <source>Ready to send, but look at the warnings</source>
        <translation>Prêt à l’envoi, mais consultez les avertissements</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="514"/>
        <source>Ready to send</source>
        <translation>Prêt à l’envoi</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="515"/>
        <source>Errors: %1 · Warnings: %2 · Suggestions: %3</source>
        <translation>Erreurs&#x202f;: %1 · Avertissements&#x202f;: %2 · Suggestions&#x202f;: %3</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="592"/>
        <source>%1: “%2”</source>
        <translation>%1&#x202f;: «&#x202f;%2&#x202f;»</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="596"/>
        <source>Copy Message</source>
        <translation>Copier le message</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="597"/>
        <source>This message still has %n problem(s) that would get it blocked by Amazon. Copy it anyway?</source>
        <translation>
            <numerusform>Ce message comporte encore %n problème qui le ferait bloquer par Amazon. Le copier quand même&#x202f;?</numerusform>
            <numerusform>Ce message comporte encore %n problèmes qui le feraient bloquer par Amazon. Le copier quand même&#x202f;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="601"/>
        <source>
… and %n more</source>
        <translation>
            <numerusform>
… et %n autre</numerusform>
            <numerusform>
… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="617"/>
        <source>“%1”</source>
        <translation>«&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="618"/>
        <source>The message is on the clipboard, ready for Seller Central.</source>
        <translation>Le message est dans le presse-papiers, prêt pour Seller Central.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="620"/>
        <source>Plain text keeps no link address behind words: %1 lost its link.</source>
        <translation>Le texte brut ne garde pas l’adresse d’un lien placé sur des mots&#x202f;: %1 a perdu son lien.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="635"/>
        <source>It is not in the order history: the Order panel has no order ID.</source>
        <translation>Il n’est pas dans l’historique de la commande&#x202f;: le panneau Commande n’a pas de numéro de commande.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="637"/>
        <source>It is not in the order history: the order ID “%1” is incomplete.</source>
        <translation>Il n’est pas dans l’historique de la commande&#x202f;: le numéro de commande «&#x202f;%1&#x202f;» est incomplet.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="639"/>
        <source>It is not in the order history: the template library, which keeps it, could not be opened.</source>
        <translation>Il n’est pas dans l’historique de la commande&#x202f;: la bibliothèque de modèles, qui le conserve, n’a pas pu être ouverte.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="641"/>
        <source>It is not in the order history: the library could not save it.</source>
        <translation>Il n’est pas dans l’historique de la commande&#x202f;: la bibliothèque n’a pas pu l’enregistrer.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="658"/>
        <source>The message is on the clipboard as an HTML e-mail.</source>
        <translation>Le message est dans le presse-papiers sous forme d’e-mail HTML.</translation>
    </message>
</context>
<context>
    <name>permitted::NewTemplateDialog</name>
    <message>
        <location filename="../ui/library/new_template_dialog.cpp" line="20"/>
        <source>Start from the &amp;built-in template</source>
        <translation>Partir du modèle &amp;intégré</translation>
    </message>
    <message>
        <location filename="../ui/library/new_template_dialog.cpp" line="21"/>
        <source>Start from the message in the &amp;editor</source>
        <translation>Partir du message de l’é&amp;diteur</translation>
    </message>
    <message>
        <location filename="../ui/library/new_template_dialog.cpp" line="26"/>
        <source>The text the template starts with</source>
        <translation>Le texte de départ du modèle</translation>
    </message>
    <message>
        <location filename="../ui/library/new_template_dialog.cpp" line="28"/>
        <source>New Template</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <location filename="../ui/library/new_template_dialog.cpp" line="37"/>
        <source>Contact &amp;reason:</source>
        <translation>&amp;Motif du contact&#x202f;:</translation>
    </message>
    <message>
        <location filename="../ui/library/new_template_dialog.cpp" line="38"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#x202f;:</translation>
    </message>
    <message>
        <location filename="../ui/library/new_template_dialog.cpp" line="39"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#x202f;:</translation>
    </message>
    <message>
        <location filename="../ui/library/new_template_dialog.cpp" line="41"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../ui/library/new_template_dialog.cpp" line="67"/>
        <source>Subject: %1</source>
        <translation>Objet&#x202f;: %1</translation>
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
        <location filename="../ui/panels/order_panel.cpp" line="33"/>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="34"/>
        <source>An answer to a message from the buyer</source>
        <translation>Une réponse à un message de l’acheteur</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="35"/>
        <source>Proactive</source>
        <translation>Proactif</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="36"/>
        <source>A message you send first, at your own initiative: Amazon&apos;s stricter rules apply</source>
        <translation>Un message que vous envoyez le premier, de votre propre initiative&#x202f;: les règles plus strictes d’Amazon s’appliquent</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="38"/>
        <source>HTML e-mail reply</source>
        <translation>Réponse par e-mail HTML</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="39"/>
        <source>Seller Central text box</source>
        <translation>Zone de texte de Seller Central</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="40"/>
        <source>An HTML e-mail keeps formatting and pictures, and Amazon&apos;s styling rules apply; Seller Central&apos;s text box keeps the text only</source>
        <translation>Un e-mail HTML garde la mise en forme et les images, et les règles de mise en forme d’Amazon s’appliquent&#x202f;; la zone de texte de Seller Central ne garde que le texte</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="51"/>
        <source>Date the order was completed</source>
        <translation>Date à laquelle la commande a été terminée</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="53"/>
        <source>Amazon allows one review request per order</source>
        <translation>Amazon n’autorise qu’une demande d’avis par commande</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="59"/>
        <source>Buyer &amp;language:</source>
        <translation>&amp;Langue de l’acheteur&#x202f;:</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="60"/>
        <source>&amp;Marketplace:</source>
        <translation>&amp;Place de marché&#x202f;:</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="61"/>
        <source>Contact &amp;reason:</source>
        <translation>&amp;Motif du contact&#x202f;:</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="62"/>
        <source>Message &amp;type:</source>
        <translation>&amp;Type de message&#x202f;:</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="63"/>
        <source>Sent &amp;as:</source>
        <translation>&amp;Envoyé comme&#x202f;:</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="64"/>
        <source>Order &amp;ID:</source>
        <translation>&amp;Numéro de commande&#x202f;:</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="70"/>
        <source>&lt;b&gt;Placeholder values&lt;/b&gt;</source>
        <translation>&lt;b&gt;Valeurs des champs à remplir&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="71"/>
        <source>What the buyer reads in place of each {{placeholder}}, in the preview and when you copy</source>
        <translation>Ce que l’acheteur lit à la place de chaque {{champ}}, dans l’aperçu et lors de la copie</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/order_panel.cpp" line="173"/>
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
    <name>permitted::PreferencesDialog</name>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="44"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="46"/>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="50"/>
        <location filename="../ui/settings/preferences_dialog.cpp" line="92"/>
        <source>The one last used</source>
        <translation>La dernière utilisée</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="60"/>
        <source>Your dictionary, one word a line</source>
        <translation>Votre dictionnaire, un mot par ligne</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="63"/>
        <source>&amp;Interface language:</source>
        <translation>Langue de l’&amp;interface&#x202f;:</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="64"/>
        <source>Takes effect when Permitted starts again.</source>
        <translation>Prend effet au prochain démarrage de Permitted.</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="67"/>
        <source>New message in &amp;language:</source>
        <translation>Nouveau message en &amp;langue&#x202f;:</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="68"/>
        <source>New message on &amp;marketplace:</source>
        <translation>Nouveau message sur la &amp;place de marché&#x202f;:</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="69"/>
        <source>Your &amp;seller name:</source>
        <translation>Votre nom de &amp;vendeur&#x202f;:</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="70"/>
        <source>Your &amp;dictionary (words never marked as misspelt), one a line:</source>
        <translation>Votre &amp;dictionnaire (mots jamais signalés comme fautes), un par ligne&#x202f;:</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="71"/>
        <source>Your dictionary can be edited once the rules have loaded.</source>
        <translation>Votre dictionnaire pourra être modifié une fois les règles chargées.</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="92"/>
        <source>The language&apos;s first</source>
        <translation>La première de la langue</translation>
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
        <location filename="../ui/preview/preview_view.cpp" line="79"/>
        <source>The message as the buyer will see it</source>
        <translation>Le message tel que l’acheteur le verra</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_view.cpp" line="92"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_view.cpp" line="94"/>
        <source>Select &amp;All</source>
        <translation>Tout &amp;sélectionner</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_view.cpp" line="114"/>
        <source>Link to %1</source>
        <translation>Lien vers %1</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_view.cpp" line="117"/>
        <source>Links do not open in the preview: %1</source>
        <translation>Les liens ne s’ouvrent pas dans l’aperçu&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>permitted::ProblemsPanel</name>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="22"/>
        <source>whole message</source>
        <translation>message entier</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="25"/>
        <source>picture</source>
        <translation>image</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="26"/>
        <source>[picture]</source>
        <translation>[image]</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="28"/>
        <source>blank lines and spaces</source>
        <translation>lignes vides et espaces</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="31"/>
        <source>“%1”</source>
        <comment>the text a finding is about, quoted</comment>
        <translation>«&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="38"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="40"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="40"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="40"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="83"/>
        <location filename="../ui/panels/problems_panel.cpp" line="94"/>
        <source>&amp;Show in the Text</source>
        <translation>&amp;Montrer dans le texte</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="87"/>
        <source>&amp;Ignore Here</source>
        <translation>&amp;Ignorer ici</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="88"/>
        <source>&amp;About This Rule</source>
        <translation>À &amp;propos de cette règle</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="95"/>
        <source>&amp;Stop Ignoring</source>
        <translation>&amp;Ne plus ignorer</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="128"/>
        <location filename="../ui/panels/problems_panel.cpp" line="137"/>
        <source>Subject: %1</source>
        <translation>Objet&#x202f;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/problems_panel.cpp" line="131"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="137"/>
        <source>Ignored: %1</source>
        <translation>Ignoré&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>permitted::RulesReferenceWindow</name>
    <message>
        <location filename="../ui/help/rules_reference_window.cpp" line="36"/>
        <source>Error: Amazon blocks a message that breaks this rule</source>
        <translation>Erreur&#x202f;: Amazon bloque un message qui enfreint cette règle</translation>
    </message>
    <message>
        <location filename="../ui/help/rules_reference_window.cpp" line="37"/>
        <source>Warning: allowed, but look at it before sending</source>
        <translation>Avertissement&#x202f;: permis, mais à vérifier avant l’envoi</translation>
    </message>
    <message>
        <location filename="../ui/help/rules_reference_window.cpp" line="38"/>
        <source>Suggestion: the message can be better</source>
        <translation>Suggestion&#x202f;: le message peut être amélioré</translation>
    </message>
    <message>
        <location filename="../ui/help/rules_reference_window.cpp" line="50"/>
        <source>Rules Reference</source>
        <translation>Guide des règles</translation>
    </message>
    <message>
        <location filename="../ui/help/rules_reference_window.cpp" line="51"/>
        <location filename="../ui/help/rules_reference_window.cpp" line="52"/>
        <source>Search the rules</source>
        <translation>Rechercher dans les règles</translation>
    </message>
    <message>
        <location filename="../ui/help/rules_reference_window.cpp" line="54"/>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <location filename="../ui/help/rules_reference_window.cpp" line="55"/>
        <source>The chosen rule</source>
        <translation>La règle choisie</translation>
    </message>
    <message>
        <location filename="../ui/help/rules_reference_window.cpp" line="119"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../ui/help/rules_reference_window.cpp" line="121"/>
        <source>Instead</source>
        <translation>À la place</translation>
    </message>
    <message>
        <location filename="../ui/help/rules_reference_window.cpp" line="130"/>
        <source>Breaks the rule</source>
        <translation>Enfreint la règle</translation>
    </message>
    <message>
        <location filename="../ui/help/rules_reference_window.cpp" line="131"/>
        <source>Keeps to it</source>
        <translation>Respecte la règle</translation>
    </message>
    <message>
        <location filename="../ui/help/rules_reference_window.cpp" line="132"/>
        <source>Rule %1 · from: %2</source>
        <translation>Règle %1 · source&#x202f;: %2</translation>
    </message>
</context>
<context>
    <name>permitted::SourcePane</name>
    <message>
        <location filename="../ui/library/source_pane.cpp" line="19"/>
        <source>Source text of the template</source>
        <translation>Texte source du modèle</translation>
    </message>
    <message>
        <location filename="../ui/library/source_pane.cpp" line="45"/>
        <source>&lt;b&gt;Source: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Source&#x202f;: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/library/source_pane.cpp" line="67"/>
        <source>To review: the source has not changed in its words since the last review.</source>
        <translation>À relire&#x202f;: le texte de la source n’a pas changé depuis la dernière relecture.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/source_pane.cpp" line="68"/>
        <source>To review: %n sentence(s) of the source changed since the last review, marked below.</source>
        <translation>
            <numerusform>À relire&#x202f;: %n phrase de la source a changé depuis la dernière relecture, marquée ci-dessous.</numerusform>
            <numerusform>À relire&#x202f;: %n phrases de la source ont changé depuis la dernière relecture, marquées ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/library/source_pane.cpp" line="71"/>
        <source>To review: what changed in the source is not known for this translation.</source>
        <translation>À relire&#x202f;: on ne sait pas ce qui a changé dans la source pour cette traduction.</translation>
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
