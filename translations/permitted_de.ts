<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DraftFile</name>
    <message>
        <location filename="../ui/files/draft_file.cpp" line="88"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_file.cpp" line="90"/>
        <source>%1 is a folder, not a draft.</source>
        <translation>%1 ist ein Ordner, kein Entwurf.</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_file.cpp" line="92"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_file.cpp" line="94"/>
        <source>%1 is larger than 1 MB; a message to a buyer is a few thousand characters.</source>
        <translation>%1 ist größer als 1&#xa0;MB; eine Nachricht an einen Käufer umfasst nur wenige Tausend Zeichen.</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_file.cpp" line="96"/>
        <source>%1 is not a text file.</source>
        <translation>%1 ist keine Textdatei.</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_file.cpp" line="98"/>
        <source>%1 starts like UTF-16 or UTF-32 text but is not valid text.</source>
        <translation>%1 beginnt wie ein UTF-16- oder UTF-32-Text, ist aber kein gültiger Text.</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_file.cpp" line="100"/>
        <source>%1 is not UTF-8 text (line %2, column %3). Save it as UTF-8 and open it again.</source>
        <translation>%1 ist kein UTF-8-Text (Zeile %2, Spalte %3). Speichern Sie die Datei als UTF-8 und öffnen Sie sie erneut.</translation>
    </message>
</context>
<context>
    <name>FixNames</name>
    <message>
        <location filename="../ui/checking/fix_names.cpp" line="13"/>
        <source>Fix: Remove It</source>
        <translation>Korrektur: Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/checking/fix_names.cpp" line="15"/>
        <source>Fix: Insert “%1”</source>
        <translation>Korrektur: „%1“ einfügen</translation>
    </message>
    <message>
        <location filename="../ui/checking/fix_names.cpp" line="18"/>
        <source>Fix: Replace with “%1”</source>
        <translation>Korrektur: Durch „%1“ ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/checking/fix_names.cpp" line="20"/>
        <source>Fix: Use the Default Size</source>
        <translation>Korrektur: Standardgröße verwenden</translation>
    </message>
    <message>
        <location filename="../ui/checking/fix_names.cpp" line="21"/>
        <source>Fix: Use the Default Font, Colour and Spacing</source>
        <translation>Korrektur: Schriftart, Farbe und Zeilenabstand zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/checking/fix_names.cpp" line="22"/>
        <source>Fix: Use the Default Alignment</source>
        <translation>Korrektur: Standardausrichtung verwenden</translation>
    </message>
    <message>
        <location filename="../ui/checking/fix_names.cpp" line="23"/>
        <source>Fix: Remove the Margins</source>
        <translation>Korrektur: Ränder entfernen</translation>
    </message>
    <message>
        <location filename="../ui/checking/fix_names.cpp" line="24"/>
        <source>Fix: Load the Picture over https</source>
        <translation>Korrektur: Bild über https laden</translation>
    </message>
    <message>
        <location filename="../ui/checking/fix_names.cpp" line="25"/>
        <source>Fix: Fit the Picture to %1 px</source>
        <translation>Korrektur: Bild auf %1&#xa0;px verkleinern</translation>
    </message>
    <message>
        <location filename="../ui/checking/fix_names.cpp" line="26"/>
        <source>Fix: Describe the Picture…</source>
        <translation>Korrektur: Bild beschreiben…</translation>
    </message>
    <message>
        <location filename="../ui/checking/fix_names.cpp" line="27"/>
        <source>Fix: Remove the Style Sheet</source>
        <translation>Korrektur: Stylesheet entfernen</translation>
    </message>
    <message>
        <location filename="../ui/checking/fix_names.cpp" line="29"/>
        <source>Fix</source>
        <translation>Korrektur</translation>
    </message>
</context>
<context>
    <name>LibraryCommand</name>
    <message>
        <location filename="../app/editor/library_command.cpp" line="28"/>
        <source>the template library %1 cannot be opened: %2</source>
        <translation>die Vorlagenbibliothek %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/editor/library_command.cpp" line="32"/>
        <source>warning: the template library was damaged (%1); the copy of %2 was restored</source>
        <translation>Warnung: Die Vorlagenbibliothek war beschädigt (%1); die Kopie vom %2 wurde wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../app/editor/library_command.cpp" line="37"/>
        <source>warning: the template library was damaged (%1) and set aside as %2; a new one was started</source>
        <translation>Warnung: Die Vorlagenbibliothek war beschädigt (%1) und wurde als %2 beiseitegelegt; eine neue wurde angelegt</translation>
    </message>
    <message>
        <location filename="../app/editor/library_command.cpp" line="56"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/library_command.cpp" line="57"/>
        <source>%n template(s) exported to %1</source>
        <translation>
            <numerusform>%n Vorlage nach %1 exportiert</numerusform>
            <numerusform>%n Vorlagen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/editor/library_command.cpp" line="66"/>
        <location filename="../app/editor/library_command.cpp" line="73"/>
        <source>%1 cannot be imported: %2; the library was not changed</source>
        <translation>%1 kann nicht importiert werden: %2; die Bibliothek wurde nicht geändert</translation>
    </message>
    <message>
        <location filename="../app/editor/library_command.cpp" line="74"/>
        <source>%1 added, %2 replaced from %3</source>
        <translation>%1 hinzugefügt, %2 ersetzt aus %3</translation>
    </message>
</context>
<context>
    <name>LibraryJson</name>
    <message>
        <location filename="../core/library/library_json.cpp" line="38"/>
        <source>it has no name</source>
        <translation>sie hat keinen Namen</translation>
    </message>
    <message>
        <location filename="../core/library/library_json.cpp" line="40"/>
        <source>unknown contact reason &quot;%1&quot;</source>
        <translation>unbekannter Kontaktgrund „%1“</translation>
    </message>
    <message>
        <location filename="../core/library/library_json.cpp" line="42"/>
        <source>unknown source language &quot;%1&quot;</source>
        <translation>unbekannte Ausgangssprache „%1“</translation>
    </message>
    <message>
        <location filename="../core/library/library_json.cpp" line="51"/>
        <source>&quot;variants&quot; is not a list</source>
        <translation>„variants“ ist keine Liste</translation>
    </message>
    <message>
        <location filename="../core/library/library_json.cpp" line="56"/>
        <source>a variant has an unknown language &quot;%1&quot;</source>
        <translation>eine Variante hat eine unbekannte Sprache „%1“</translation>
    </message>
    <message>
        <location filename="../core/library/library_json.cpp" line="58"/>
        <source>the language %1 appears twice</source>
        <translation>die Sprache %1 kommt zweimal vor</translation>
    </message>
    <message>
        <location filename="../core/library/library_json.cpp" line="60"/>
        <source>the %1 variant lacks its subject or body</source>
        <translation>der Variante %1 fehlt der Betreff oder der Text</translation>
    </message>
    <message>
        <location filename="../core/library/library_json.cpp" line="63"/>
        <source>the %1 variant has an unknown status</source>
        <translation>die Variante %1 hat einen unbekannten Status</translation>
    </message>
    <message>
        <location filename="../core/library/library_json.cpp" line="70"/>
        <source>it has no text in its source language %1</source>
        <translation>sie hat keinen Text in ihrer Ausgangssprache %1</translation>
    </message>
    <message>
        <location filename="../core/library/library_json.cpp" line="98"/>
        <source>not valid JSON at byte %1: %2</source>
        <translation>kein gültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <location filename="../core/library/library_json.cpp" line="103"/>
        <source>not a Permitted template file</source>
        <translation>keine Vorlagendatei von Permitted</translation>
    </message>
    <message>
        <location filename="../core/library/library_json.cpp" line="107"/>
        <source>made by a newer version of Permitted (file version %1)</source>
        <translation>mit einer neueren Version von Permitted erstellt (Dateiversion %1)</translation>
    </message>
    <message>
        <location filename="../core/library/library_json.cpp" line="116"/>
        <source>template %1 (&quot;%2&quot;): %3</source>
        <translation>Vorlage %1 („%2“): %3</translation>
    </message>
    <message>
        <location filename="../core/library/library_json.cpp" line="147"/>
        <source>larger than 64 MB, too large for a template library</source>
        <translation>größer als 64 MB, zu groß für eine Vorlagenbibliothek</translation>
    </message>
</context>
<context>
    <name>LibraryOpening</name>
    <message numerus="yes">
        <location filename="../ui/library/library_opening_text.cpp" line="23"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/library_opening_text.cpp" line="25"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/library/library_opening_text.cpp" line="28"/>
        <source>The file was missing.</source>
        <translation>Die Datei fehlte.</translation>
    </message>
    <message>
        <location filename="../ui/library/library_opening_text.cpp" line="30"/>
        <source>It was set aside as %1.</source>
        <translation>Sie wurde unter dem Namen %1 beiseitegelegt.</translation>
    </message>
    <message>
        <location filename="../ui/library/library_opening_text.cpp" line="31"/>
        <source>Your template library %1 could not be used (%2).</source>
        <translation>Ihre Vorlagenbibliothek %1 konnte nicht verwendet werden (%2).</translation>
    </message>
    <message>
        <location filename="../ui/library/library_opening_text.cpp" line="32"/>
        <source>The copy taken on %1 (%2) was restored: templates and changes made after that time are missing from it.</source>
        <translation>Die Kopie vom %1 (%2) wurde wiederhergestellt: Vorlagen und Änderungen nach diesem Zeitpunkt fehlen darin.</translation>
    </message>
    <message>
        <location filename="../ui/library/library_opening_text.cpp" line="38"/>
        <source>Your template library %1 could not be used (%2), and no good copy of it existed. It was set aside as %3, and a new, empty library was started.</source>
        <translation>Ihre Vorlagenbibliothek %1 konnte nicht verwendet werden (%2), und es gab keine intakte Kopie davon. Sie wurde unter dem Namen %3 beiseitegelegt, und eine neue, leere Bibliothek wurde angelegt.</translation>
    </message>
    <message>
        <location filename="../ui/library/library_opening_text.cpp" line="42"/>
        <source>Your template library %1 could not be opened: %2. It was left as it is; templates cannot be saved in this session.</source>
        <translation>Ihre Vorlagenbibliothek %1 konnte nicht geöffnet werden: %2. Sie wurde unverändert gelassen; in dieser Sitzung können keine Vorlagen gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>LibraryStore</name>
    <message>
        <location filename="../ui/library/library_store.cpp" line="33"/>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <location filename="../ui/library/library_store.cpp" line="45"/>
        <source>Rename “%1”</source>
        <translation>„%1“ umbenennen</translation>
    </message>
</context>
<context>
    <name>LibraryTransfer</name>
    <message>
        <location filename="../ui/library/library_transfer.cpp" line="36"/>
        <location filename="../ui/library/library_transfer.cpp" line="82"/>
        <location filename="../ui/library/library_transfer.cpp" line="89"/>
        <source>Import Templates</source>
        <translation>Vorlagen importieren</translation>
    </message>
    <message>
        <location filename="../ui/library/library_transfer.cpp" line="37"/>
        <source>Your library already has the template “%1” (%2). Replace it with the imported one, keep both, or skip the imported one?</source>
        <translation>Ihre Bibliothek enthält bereits die Vorlage „%1“ (%2). Durch die importierte ersetzen, beide behalten oder die importierte überspringen?</translation>
    </message>
    <message>
        <location filename="../ui/library/library_transfer.cpp" line="41"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/library/library_transfer.cpp" line="42"/>
        <source>Keep Both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <location filename="../ui/library/library_transfer.cpp" line="43"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../ui/library/library_transfer.cpp" line="45"/>
        <source>Do the same for the other templates that exist</source>
        <translation>Für die anderen bereits vorhandenen Vorlagen ebenso verfahren</translation>
    </message>
    <message>
        <location filename="../ui/library/library_transfer.cpp" line="66"/>
        <location filename="../ui/library/library_transfer.cpp" line="73"/>
        <source>Export Templates</source>
        <translation>Vorlagen exportieren</translation>
    </message>
    <message>
        <location filename="../ui/library/library_transfer.cpp" line="68"/>
        <source>Permitted templates (*.json)</source>
        <translation>Permitted-Vorlagen (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/library/library_transfer.cpp" line="74"/>
        <source>The templates could not be written to %1: %2</source>
        <translation>Die Vorlagen konnten nicht in %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/library/library_transfer.cpp" line="83"/>
        <source>Permitted templates (*.json);;All files (*)</source>
        <translation>Permitted-Vorlagen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/library/library_transfer.cpp" line="90"/>
        <source>%1 cannot be imported: %2. Your library was not changed.</source>
        <translation>%1 kann nicht importiert werden: %2. Ihre Bibliothek wurde nicht geändert.</translation>
    </message>
    <message>
        <location filename="../ui/library/library_transfer.cpp" line="98"/>
        <source>Imported: %1 added, %2 replaced, %3 skipped.</source>
        <translation>Importiert: %1 hinzugefügt, %2 ersetzt, %3 übersprungen.</translation>
    </message>
</context>
<context>
    <name>PlaceholderForm</name>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="15"/>
        <source>Order ID</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="16"/>
        <source>Buyer name</source>
        <translation>Käufername</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="17"/>
        <source>Product name</source>
        <translation>Produktname</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="18"/>
        <source>Seller name</source>
        <translation>Verkäufername</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="19"/>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="20"/>
        <source>Order date</source>
        <translation>Bestelldatum</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="21"/>
        <source>Ship date</source>
        <translation>Versanddatum</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="22"/>
        <source>Delivery date</source>
        <translation>Lieferdatum</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="23"/>
        <source>Carrier</source>
        <translation>Versanddienstleister</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="24"/>
        <source>Tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="25"/>
        <source>Tracking page</source>
        <translation>Seite zur Sendungsverfolgung</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="26"/>
        <source>Return reason</source>
        <translation>Rücksendegrund</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="27"/>
        <source>Refund amount</source>
        <translation>Erstattungsbetrag</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="28"/>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="29"/>
        <source>Coverage from</source>
        <translation>Garantie ab</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="30"/>
        <source>Coverage until</source>
        <translation>Garantie bis</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="31"/>
        <source>Access key</source>
        <translation>Zugangsschlüssel</translation>
    </message>
</context>
<context>
    <name>ReasonNames</name>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="12"/>
        <source>Confirm order details</source>
        <translation>Bestelldetails bestätigen</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="13"/>
        <source>Confirm delivery details</source>
        <translation>Lieferdetails bestätigen</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="14"/>
        <source>Confirm customization details</source>
        <translation>Personalisierungsdetails bestätigen</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="15"/>
        <source>Confirm service details</source>
        <translation>Details zur Dienstleistung bestätigen</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="16"/>
        <source>Unexpected problem</source>
        <translation>Unerwartetes Problem</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="17"/>
        <source>Order problem (cannot ship)</source>
        <translation>Problem mit Bestellung (Versand nicht möglich)</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="18"/>
        <source>Return follow-up</source>
        <translation>Rückfrage zur Rücksendung</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="19"/>
        <source>Courtesy refund or replacement</source>
        <translation>Erstattung oder Ersatz aus Kulanz</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="20"/>
        <source>Send the invoice</source>
        <translation>Rechnung senden</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="21"/>
        <source>Legal disclosure</source>
        <translation>Gesetzliche Pflichtangaben</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="22"/>
        <source>Warranty information</source>
        <translation>Garantieinformationen</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="23"/>
        <source>Digital access key</source>
        <translation>Digitaler Zugangsschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="24"/>
        <source>Request a review</source>
        <translation>Bewertung anfordern</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="25"/>
        <source>Reply: order status</source>
        <translation>Antwort: Bestellstatus</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="26"/>
        <source>Reply: return</source>
        <translation>Antwort: Rücksendung</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="27"/>
        <source>Reply: damaged or defective item</source>
        <translation>Antwort: beschädigter oder defekter Artikel</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="28"/>
        <source>Reply: product question</source>
        <translation>Antwort: Frage zum Produkt</translation>
    </message>
</context>
<context>
    <name>RecoveryOffer</name>
    <message>
        <location filename="../ui/files/recovery_offer.cpp" line="14"/>
        <source>an untitled draft</source>
        <translation>ein unbenannter Entwurf</translation>
    </message>
    <message>
        <location filename="../ui/files/recovery_offer.cpp" line="19"/>
        <source>Recover Draft</source>
        <translation>Entwurf wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/files/recovery_offer.cpp" line="20"/>
        <source>Permitted did not close normally while %1 had unsaved changes, last written %2.</source>
        <translation>Permitted wurde nicht ordnungsgemäß beendet, während %1 ungespeicherte Änderungen hatte (zuletzt gesichert am %2).</translation>
    </message>
    <message>
        <location filename="../ui/files/recovery_offer.cpp" line="24"/>
        <source>“%1”

Restore it, with its order, or discard it?</source>
        <translation>„%1“

Den Entwurf samt Bestellung wiederherstellen oder verwerfen?</translation>
    </message>
    <message>
        <location filename="../ui/files/recovery_offer.cpp" line="25"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/files/recovery_offer.cpp" line="26"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/files/recovery_offer.cpp" line="27"/>
        <source>Ask &amp;Later</source>
        <translation>&amp;Später fragen</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../app/check/report.cpp" line="46"/>
        <source>%1, %2, %3 in %4</source>
        <translation>%1, %2, %3 in %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/check/report.cpp" line="47"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/check/report.cpp" line="48"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/check/report.cpp" line="49"/>
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n Vorschlag</numerusform>
            <numerusform>%n Vorschläge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/check/report.cpp" line="50"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../core/detection/rule_catalog.cpp" line="95"/>
        <source>Instead: %1</source>
        <translation>Stattdessen: %1</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="2"/>
        <source>Marketing content</source>
        <comment>promotional title</comment>
        <translation>Werbeinhalte</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="3"/>
        <source>Amazon forbids marketing in buyer messages: coupons, discounts, sales, other products, newsletters, social media.</source>
        <comment>promotional why</comment>
        <translation>Amazon verbietet Werbung in Nachrichten an Käufer: Gutscheine, Rabatte, Sonderangebote, andere Produkte, Newsletter, soziale Medien.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="4"/>
        <source>Keep to what the buyer needs for this order; leave out offers and other products.</source>
        <comment>promotional instead</comment>
        <translation>Beschränken Sie sich auf das, was der Käufer für diese Bestellung braucht; lassen Sie Angebote und andere Produkte weg.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="5"/>
        <source>Incentive for a review</source>
        <comment>review-incentive title</comment>
        <translation>Anreiz für eine Bewertung</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="6"/>
        <source>Offering anything in return for a review or feedback (money, gift card, free product, refund, future discount) is forbidden and can close the account.</source>
        <comment>review-incentive why</comment>
        <translation>Für eine Produktrezension oder Verkäuferbewertung eine Gegenleistung anzubieten (Geld, Geschenkgutschein, kostenloses Produkt, Erstattung, künftigen Rabatt), ist verboten und kann zur Schließung des Kontos führen.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="7"/>
        <source>Ask for a review neutrally, without offering anything, or use Amazon&apos;s Request a Review button.</source>
        <comment>review-incentive instead</comment>
        <translation>Bitten Sie neutral um eine Bewertung, ohne etwas dafür anzubieten, oder nutzen Sie die Schaltfläche „Eine Bewertung anfordern“ von Amazon.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="8"/>
        <source>Asks for a positive review</source>
        <comment>review-positive-only title</comment>
        <translation>Bittet um eine positive Bewertung</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="9"/>
        <source>Amazon forbids asking for positive or five-star reviews, asking only satisfied buyers, or telling the buyer what to write.</source>
        <comment>review-positive-only why</comment>
        <translation>Amazon verbietet, um positive oder Fünf-Sterne-Bewertungen zu bitten, nur zufriedene Käufer zu fragen oder dem Käufer vorzugeben, was er schreiben soll.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="10"/>
        <source>Ask every buyer the same neutral question: &quot;Would you share your experience with this product?&quot;</source>
        <comment>review-positive-only instead</comment>
        <translation>Stellen Sie jedem Käufer dieselbe neutrale Frage: „Möchten Sie Ihre Erfahrung mit diesem Produkt teilen?“</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="11"/>
        <source>Asks to change or remove a review</source>
        <comment>review-change-request title</comment>
        <translation>Bittet, eine Bewertung zu ändern oder zu entfernen</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="12"/>
        <source>Asking a buyer to remove, change or update a product review is forbidden.</source>
        <comment>review-change-request why</comment>
        <translation>Einen Käufer zu bitten, eine Produktrezension zu entfernen, zu ändern oder zu aktualisieren, ist verboten.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="13"/>
        <source>Solve the buyer&apos;s problem and leave the review as it is. For seller feedback, you may say neutrally that it can be updated once the problem is solved.</source>
        <comment>review-change-request instead</comment>
        <translation>Lösen Sie das Problem des Käufers und lassen Sie die Bewertung, wie sie ist. Bei einer Verkäuferbewertung dürfen Sie neutral erwähnen, dass sie sich aktualisieren lässt, sobald das Problem gelöst ist.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="14"/>
        <source>A neutral note that seller feedback can be updated is allowed only after the problem is solved.</source>
        <comment>review-change-request note seller-feedback</comment>
        <translation>Ein neutraler Hinweis, dass die Verkäuferbewertung aktualisiert werden kann, ist erst erlaubt, wenn das Problem gelöst ist.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="15"/>
        <source>Second review request for this order</source>
        <comment>review-repeat title</comment>
        <translation>Zweite Bewertungsanfrage für diese Bestellung</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="16"/>
        <source>A review or feedback request may be sent only once per order, and one was already sent for this order.</source>
        <comment>review-repeat why</comment>
        <translation>Eine Bitte um eine Produktrezension oder Verkäuferbewertung darf pro Bestellung nur einmal gesendet werden, und für diese Bestellung wurde bereits eine gesendet.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="17"/>
        <source>Do not ask again; remove the review request.</source>
        <comment>review-repeat instead</comment>
        <translation>Fragen Sie nicht erneut; entfernen Sie die Bewertungsanfrage.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="18"/>
        <source>Message only thanks or greets</source>
        <comment>thank-you-only title</comment>
        <translation>Nachricht enthält nur Dank oder Gruß</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="19"/>
        <source>A message that only thanks the buyer, greets them or says you are available has no permitted purpose and is not allowed.</source>
        <comment>thank-you-only why</comment>
        <translation>Eine Nachricht, die dem Käufer nur dankt, ihn grüßt oder Ihre Erreichbarkeit mitteilt, hat keinen zulässigen Zweck und ist nicht erlaubt.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="20"/>
        <source>Send a message only when you need something for the order, or have information the buyer needs.</source>
        <comment>thank-you-only instead</comment>
        <translation>Senden Sie eine Nachricht nur, wenn Sie für die Bestellung etwas benötigen oder Informationen haben, die der Käufer braucht.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="21"/>
        <source>Message only confirms the order or shipment</source>
        <comment>order-confirmation title</comment>
        <translation>Nachricht bestätigt nur Bestellung oder Versand</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="22"/>
        <source>Amazon already confirms orders and shipments; a message that only repeats this is not allowed.</source>
        <comment>order-confirmation why</comment>
        <translation>Amazon bestätigt Bestellungen und Versand bereits selbst; eine Nachricht, die nur dies wiederholt, ist nicht erlaubt.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="23"/>
        <source>Do not send it, or add the information the buyer really needs (a delay, a missing detail).</source>
        <comment>order-confirmation instead</comment>
        <translation>Senden Sie sie nicht, oder ergänzen Sie die Information, die der Käufer wirklich braucht (eine Verzögerung, eine fehlende Angabe).</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="24"/>
        <source>Asks the buyer to cancel</source>
        <comment>cancel-request title</comment>
        <translation>Bittet den Käufer um Stornierung</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="25"/>
        <source>You may not ask the buyer to request a cancellation; when an item cannot ship, cancel it yourself with the reason NoInventory or CouldNotShip.</source>
        <comment>cancel-request why</comment>
        <translation>Sie dürfen den Käufer nicht bitten, eine Stornierung zu beantragen; kann ein Artikel nicht versandt werden, stornieren Sie ihn selbst mit dem Grund NoInventory oder CouldNotShip.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="26"/>
        <source>Tell the buyer that the order was adjusted because the item cannot ship.</source>
        <comment>cancel-request instead</comment>
        <translation>Teilen Sie dem Käufer mit, dass die Bestellung angepasst wurde, weil der Artikel nicht versandt werden kann.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="27"/>
        <source>Steers the buyer away from Amazon</source>
        <comment>off-amazon title</comment>
        <translation>Lenkt den Käufer von Amazon weg</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="28"/>
        <source>Directing buyers to your own shop, social media, messaging apps, e-mail or phone is forbidden.</source>
        <comment>off-amazon why</comment>
        <translation>Käufer auf Ihren eigenen Shop, soziale Medien, Messenger-Apps, E-Mail oder Telefon zu verweisen, ist verboten.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="29"/>
        <source>Keep the conversation in Amazon&apos;s Buyer-Seller Messaging.</source>
        <comment>off-amazon instead</comment>
        <translation>Führen Sie die Kommunikation über das Käufer-Verkäufer-Postfach von Amazon.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="30"/>
        <source>Unsubscribe or opt-out</source>
        <comment>opt-out-link title</comment>
        <translation>Abmeldelink oder Opt-out</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="31"/>
        <source>Buyer messages may not contain unsubscribe or opt-out links or instructions; Amazon manages the buyer&apos;s message preferences.</source>
        <comment>opt-out-link why</comment>
        <translation>Nachrichten an Käufer dürfen keine Abmeldelinks oder -hinweise enthalten; Amazon verwaltet die Nachrichteneinstellungen des Käufers.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="32"/>
        <source>Remove the unsubscribe line.</source>
        <comment>opt-out-link instead</comment>
        <translation>Entfernen Sie die Abmeldezeile.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="33"/>
        <source>Offensive or sensitive wording</source>
        <comment>sensitive-content title</comment>
        <translation>Anstößige oder heikle Formulierung</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="34"/>
        <source>Profanity, adult, violent or offensive language is forbidden in buyer messages.</source>
        <comment>sensitive-content why</comment>
        <translation>Schimpfwörter sowie anzügliche, gewalttätige oder beleidigende Ausdrücke sind in Nachrichten an Käufer verboten.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="35"/>
        <source>Use neutral, courteous words.</source>
        <comment>sensitive-content instead</comment>
        <translation>Verwenden Sie neutrale, höfliche Worte.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="36"/>
        <source>Insecure link (http)</source>
        <comment>insecure-link title</comment>
        <translation>Unsicherer Link (http)</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="37"/>
        <source>Amazon blocks links that are not secure; only https links needed to complete the order are allowed.</source>
        <comment>insecure-link why</comment>
        <translation>Amazon blockiert unsichere Links; erlaubt sind nur https-Links, die zur Abwicklung der Bestellung nötig sind.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="38"/>
        <source>Use https, or remove the link.</source>
        <comment>insecure-link instead</comment>
        <translation>Verwenden Sie https oder entfernen Sie den Link.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="39"/>
        <source>Link outside Amazon</source>
        <comment>external-link title</comment>
        <translation>Link außerhalb von Amazon</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="40"/>
        <source>Links are allowed only when needed to complete the order; a link to another site can get the message blocked.</source>
        <comment>external-link why</comment>
        <translation>Links sind nur erlaubt, wenn sie zur Abwicklung der Bestellung nötig sind; ein Link zu einer anderen Website kann dazu führen, dass die Nachricht blockiert wird.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="41"/>
        <source>Remove the link unless the buyer needs it for this order.</source>
        <comment>external-link instead</comment>
        <translation>Entfernen Sie den Link, es sei denn, der Käufer braucht ihn für diese Bestellung.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="42"/>
        <source>%1 is a carrier&apos;s tracking site: allowed when the buyer needs it.</source>
        <comment>external-link note carrier</comment>
        <translation>%1 ist die Sendungsverfolgungsseite eines Versanddienstleisters: erlaubt, wenn der Käufer sie braucht.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="43"/>
        <source>%1 imitates an Amazon domain.</source>
        <comment>external-link note lookalike</comment>
        <translation>%1 imitiert eine Amazon-Domain.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="44"/>
        <source>%1 is a link shortener: it hides where the link goes, and Amazon blocks it.</source>
        <comment>external-link note shortener</comment>
        <translation>%1 ist ein Linkverkürzer: Er verschleiert das Linkziel, und Amazon blockiert ihn.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="45"/>
        <source>%1 is not an Amazon site.</source>
        <comment>external-link note site</comment>
        <translation>%1 ist keine Amazon-Website.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="46"/>
        <source>E-mail address</source>
        <comment>email-address title</comment>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="47"/>
        <source>E-mail addresses are forbidden in buyer messages, in any spelling.</source>
        <comment>email-address why</comment>
        <translation>E-Mail-Adressen sind in Nachrichten an Käufer verboten, in jeder Schreibweise.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="48"/>
        <source>Remove the address; the buyer can answer through Amazon.</source>
        <comment>email-address instead</comment>
        <translation>Entfernen Sie die Adresse; der Käufer kann über Amazon antworten.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="49"/>
        <source>Phone number</source>
        <comment>phone-number title</comment>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="50"/>
        <source>Phone numbers are forbidden in buyer messages.</source>
        <comment>phone-number why</comment>
        <translation>Telefonnummern sind in Nachrichten an Käufer verboten.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="51"/>
        <source>Remove the number; the buyer can answer through Amazon.</source>
        <comment>phone-number instead</comment>
        <translation>Entfernen Sie die Nummer; der Käufer kann über Amazon antworten.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="52"/>
        <source>This looks like a warranty, carrier or manufacturer line: allowed only if the buyer needs it.</source>
        <comment>phone-number note service-line</comment>
        <translation>Dies scheint eine Garantie-, Versanddienstleister- oder Herstellerhotline zu sein: nur erlaubt, wenn der Käufer sie braucht.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="53"/>
        <source>No order ID</source>
        <comment>missing-order-id title</comment>
        <translation>Keine Bestellnummer</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="54"/>
        <source>Every proactive message must name the 17-digit order ID it is about.</source>
        <comment>missing-order-id why</comment>
        <translation>Jede proaktive Nachricht muss die 17-stellige Bestellnummer nennen, um die es geht.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="55"/>
        <source>Add the order ID, or the {{order_id}} placeholder.</source>
        <comment>missing-order-id instead</comment>
        <translation>Fügen Sie die Bestellnummer oder den Platzhalter {{order_id}} ein.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="56"/>
        <source>Malformed order ID</source>
        <comment>invalid-order-id title</comment>
        <translation>Fehlerhafte Bestellnummer</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="57"/>
        <source>An Amazon order ID has 17 digits in the form 123-1234567-1234567; this one has a different shape.</source>
        <comment>invalid-order-id why</comment>
        <translation>Eine Amazon-Bestellnummer hat 17 Ziffern im Format 123-1234567-1234567; diese hat ein anderes Format.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="58"/>
        <source>Copy the order ID from Seller Central.</source>
        <comment>invalid-order-id instead</comment>
        <translation>Kopieren Sie die Bestellnummer aus Seller Central.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="59"/>
        <source>Not in the buyer&apos;s language</source>
        <comment>language-mismatch title</comment>
        <translation>Nicht in der Sprache des Käufers</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="60"/>
        <source>Messages must be written in the buyer&apos;s language of preference; this one appears to be in %1.</source>
        <comment>language-mismatch why</comment>
        <translation>Nachrichten müssen in der bevorzugten Sprache des Käufers verfasst sein; diese scheint in der Sprache %1 verfasst zu sein.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="61"/>
        <source>Write the message in the buyer&apos;s language, or change the buyer language if it is wrong.</source>
        <comment>language-mismatch instead</comment>
        <translation>Schreiben Sie die Nachricht in der Sprache des Käufers, oder ändern Sie die Käufersprache, falls sie falsch ist.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="62"/>
        <source>Not all checks ran</source>
        <comment>unchecked-language title</comment>
        <translation>Nicht alle Prüfungen wurden ausgeführt</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="63"/>
        <source>Permitted has no rules yet for what messages in %1 say, so these checks did not run: %2.</source>
        <comment>unchecked-language why</comment>
        <translation>Permitted hat noch keine Regeln für den Inhalt von Nachrichten in der Sprache %1, daher wurden diese Prüfungen nicht ausgeführt: %2.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="64"/>
        <source>Check those points yourself before you send the message.</source>
        <comment>unchecked-language instead</comment>
        <translation>Prüfen Sie diese Punkte selbst, bevor Sie die Nachricht senden.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="65"/>
        <source>Too late for a proactive message</source>
        <comment>outside-window title</comment>
        <translation>Zu spät für eine proaktive Nachricht</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="66"/>
        <source>Proactive messages are allowed only within 30 days of order completion; this order completed %1 days ago.</source>
        <comment>outside-window why</comment>
        <translation>Proaktive Nachrichten sind nur innerhalb von 30 Tagen nach Abschluss der Bestellung erlaubt; diese Bestellung wurde vor %1 Tagen abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="67"/>
        <source>Do not send it; answer only if the buyer writes first.</source>
        <comment>outside-window instead</comment>
        <translation>Senden Sie sie nicht; antworten Sie nur, wenn der Käufer zuerst schreibt.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="68"/>
        <source>Message too long</source>
        <comment>message-length title</comment>
        <translation>Nachricht zu lang</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="69"/>
        <source>This contact reason allows %1 characters; the message has %2.</source>
        <comment>message-length why</comment>
        <translation>Dieser Kontaktgrund erlaubt %1 Zeichen; die Nachricht hat %2.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="70"/>
        <source>Shorten the message.</source>
        <comment>message-length instead</comment>
        <translation>Kürzen Sie die Nachricht.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="71"/>
        <source>HTML in a text message</source>
        <comment>html-in-text title</comment>
        <translation>HTML in einer Textnachricht</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="72"/>
        <source>Plain-text messages may not contain HTML markup; Amazon shows it as is or blocks the message.</source>
        <comment>html-in-text why</comment>
        <translation>Nachrichten im Nur-Text-Format dürfen kein HTML-Markup enthalten; Amazon zeigt es unverändert an oder blockiert die Nachricht.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="73"/>
        <source>Remove the markup, or write an HTML e-mail reply.</source>
        <comment>html-in-text instead</comment>
        <translation>Entfernen Sie das Markup oder schreiben Sie eine HTML-E-Mail-Antwort.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="74"/>
        <source>In the text channel this link loses its address %1: write the address out, or remove the link.</source>
        <comment>html-in-text note hidden-link</comment>
        <translation>Im Textkanal verliert dieser Link seine Adresse %1: Schreiben Sie die Adresse aus oder entfernen Sie den Link.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="75"/>
        <source>Seller Central&apos;s text box carries no pictures: this one would be lost.</source>
        <comment>html-in-text note picture</comment>
        <translation>Das Textfeld von Seller Central überträgt keine Bilder: Dieses Bild ginge verloren.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="76"/>
        <source>Attachment not allowed</source>
        <comment>attachment-type title</comment>
        <translation>Anhang nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="77"/>
        <source>Attachments are limited to invoices, shipping labels, custom designs, product instructions, warranties and legal disclosures: at most 5 files and 10 MB in all.</source>
        <comment>attachment-type why</comment>
        <translation>Anhänge sind auf Rechnungen, Versandetiketten, individuelle Designs, Produktanleitungen, Garantien und gesetzliche Pflichtangaben beschränkt: höchstens 5 Dateien und insgesamt 10&#xa0;MB.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="78"/>
        <source>Remove the attachment or send only the documents the reason allows.</source>
        <comment>attachment-type instead</comment>
        <translation>Entfernen Sie den Anhang oder senden Sie nur die Dokumente, die der Kontaktgrund erlaubt.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="79"/>
        <source>%1 is not a document type Amazon accepts.</source>
        <comment>attachment-type note file-type</comment>
        <translation>%1 ist kein Dokumenttyp, den Amazon akzeptiert.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="80"/>
        <source>This contact reason allows no attachment.</source>
        <comment>attachment-type note reason</comment>
        <translation>Dieser Kontaktgrund erlaubt keine Anhänge.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="81"/>
        <source>The attachments weigh %1 MB in all; at most 10 MB are allowed.</source>
        <comment>attachment-type note too-large</comment>
        <translation>Die Anhänge sind insgesamt %1&#xa0;MB groß; erlaubt sind höchstens 10&#xa0;MB.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="82"/>
        <source>%1 files attached; at most 5 are allowed.</source>
        <comment>attachment-type note too-many</comment>
        <translation>%1 Dateien angehängt; erlaubt sind höchstens 5.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="83"/>
        <source>Unknown placeholder</source>
        <comment>unknown-placeholder title</comment>
        <translation>Unbekannter Platzhalter</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="84"/>
        <source>%1 is not a placeholder Permitted can fill; it would reach the buyer as is.</source>
        <comment>unknown-placeholder why</comment>
        <translation>%1 ist kein Platzhalter, den Permitted ausfüllen kann; er würde den Käufer unverändert erreichen.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="85"/>
        <source>Use one of the known placeholders, such as {{order_id}} or {{buyer_name}}.</source>
        <comment>unknown-placeholder instead</comment>
        <translation>Verwenden Sie einen der bekannten Platzhalter, etwa {{order_id}} oder {{buyer_name}}.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="86"/>
        <source>Another tool&apos;s placeholder</source>
        <comment>foreign-placeholder title</comment>
        <translation>Platzhalter eines anderen Tools</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="87"/>
        <source>%1 is written in another tool&apos;s placeholder syntax; Permitted fills only its own, such as %2.</source>
        <comment>foreign-placeholder why</comment>
        <translation>%1 ist in der Platzhaltersyntax eines anderen Tools geschrieben; Permitted füllt nur seine eigenen aus, etwa %2.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="88"/>
        <source>Write the placeholder as %2, so that Permitted fills it from the order.</source>
        <comment>foreign-placeholder instead</comment>
        <translation>Schreiben Sie den Platzhalter als %2, damit Permitted ihn mit den Bestelldaten ausfüllt.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="89"/>
        <source>Placeholder not filled</source>
        <comment>unfilled-placeholder title</comment>
        <translation>Platzhalter nicht ausgefüllt</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="90"/>
        <source>%1 has no value yet; the buyer would see it as is.</source>
        <comment>unfilled-placeholder why</comment>
        <translation>%1 hat noch keinen Wert; der Käufer würde ihn unverändert sehen.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="91"/>
        <source>Fill it from the order before copying the message.</source>
        <comment>unfilled-placeholder instead</comment>
        <translation>Füllen Sie ihn mit den Bestelldaten aus, bevor Sie die Nachricht kopieren.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="92"/>
        <source>Placeholders differ from the source</source>
        <comment>placeholder-mismatch title</comment>
        <translation>Platzhalter weichen vom Ausgangstext ab</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="93"/>
        <source>This translation lacks or adds %1 compared with its source language.</source>
        <comment>placeholder-mismatch why</comment>
        <translation>In dieser Übersetzung fehlt %1 gegenüber der Ausgangssprache oder ist zusätzlich enthalten.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="94"/>
        <source>Use the same placeholders in every language of the template.</source>
        <comment>placeholder-mismatch instead</comment>
        <translation>Verwenden Sie in jeder Sprache der Vorlage dieselben Platzhalter.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="95"/>
        <source>&quot;[Important]&quot; in the subject</source>
        <comment>subject-important title</comment>
        <translation>„[Wichtig]“ im Betreff</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="96"/>
        <source>Amazon removed the Important option from buyer messages; a subject marked this way looks like an attempt to get around it.</source>
        <comment>subject-important why</comment>
        <translation>Amazon hat die Option „Wichtig“ für Nachrichten an Käufer abgeschafft; ein so markierter Betreff wirkt wie ein Versuch, dies zu umgehen.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="97"/>
        <source>Remove the marker and describe the subject plainly.</source>
        <comment>subject-important instead</comment>
        <translation>Entfernen Sie die Markierung und nennen Sie das Thema sachlich.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="98"/>
        <source>Emoji or emoticon</source>
        <comment>emoji title</comment>
        <translation>Emoji oder Emoticon</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="99"/>
        <source>Emojis and emoticons are forbidden in buyer messages.</source>
        <comment>emoji why</comment>
        <translation>Emojis und Emoticons sind in Nachrichten an Käufer verboten.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="100"/>
        <source>Remove it; say it in words if it matters.</source>
        <comment>emoji instead</comment>
        <translation>Entfernen Sie es; sagen Sie es in Worten, wenn es wichtig ist.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="101"/>
        <source>Too many line breaks</source>
        <comment>consecutive-line-breaks title</comment>
        <translation>Zu viele Zeilenumbrüche</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="102"/>
        <source>Amazon allows at most two line breaks in a row (one blank line).</source>
        <comment>consecutive-line-breaks why</comment>
        <translation>Amazon erlaubt höchstens zwei Zeilenumbrüche hintereinander (eine Leerzeile).</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="103"/>
        <source>Keep a single blank line between paragraphs.</source>
        <comment>consecutive-line-breaks instead</comment>
        <translation>Lassen Sie zwischen Absätzen nur eine Leerzeile.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="104"/>
        <source>Possible misspelling</source>
        <comment>spelling title</comment>
        <translation>Möglicher Rechtschreibfehler</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="105"/>
        <source>%1 is not in the %2 dictionary.</source>
        <comment>spelling why</comment>
        <translation>%1 steht nicht im Wörterbuch (%2).</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="106"/>
        <source>Check the spelling, or add the word to your dictionary.</source>
        <comment>spelling instead</comment>
        <translation>Prüfen Sie die Schreibweise oder fügen Sie das Wort Ihrem Wörterbuch hinzu.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="107"/>
        <source>Possible grammar or typing error</source>
        <comment>grammar title</comment>
        <translation>Möglicher Grammatik- oder Tippfehler</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="108"/>
        <source>This looks like a typing or grammar mistake.</source>
        <comment>grammar why</comment>
        <translation>Dies sieht nach einem Tipp- oder Grammatikfehler aus.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="109"/>
        <source>Check the sentence.</source>
        <comment>grammar instead</comment>
        <translation>Prüfen Sie den Satz.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="110"/>
        <source>The punctuation is doubled.</source>
        <comment>grammar note doubled-punctuation</comment>
        <translation>Das Satzzeichen steht doppelt.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="111"/>
        <source>The sentence starts with a lower-case letter.</source>
        <comment>grammar note lowercase-start</comment>
        <translation>Der Satz beginnt mit einem Kleinbuchstaben.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="112"/>
        <source>A space is missing after the punctuation.</source>
        <comment>grammar note missing-space</comment>
        <translation>Nach dem Satzzeichen fehlt ein Leerzeichen.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="113"/>
        <source>The word %1 is repeated.</source>
        <comment>grammar note repeated-word</comment>
        <translation>Das Wort %1 steht doppelt.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="114"/>
        <source>%1 has no matching partner.</source>
        <comment>grammar note unbalanced</comment>
        <translation>Zu %1 fehlt das passende Gegenstück.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="115"/>
        <source>More than three font sizes</source>
        <comment>font-sizes title</comment>
        <translation>Mehr als drei Schriftgrößen</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="116"/>
        <source>Amazon allows at most three distinct font sizes in a message.</source>
        <comment>font-sizes why</comment>
        <translation>Amazon erlaubt in einer Nachricht höchstens drei verschiedene Schriftgrößen.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="117"/>
        <source>Keep the body in one size; use bold for what must stand out.</source>
        <comment>font-sizes instead</comment>
        <translation>Setzen Sie den Text in einer einzigen Größe; heben Sie Wichtiges fett hervor.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="118"/>
        <source>Font, colour or line height changed</source>
        <comment>font-override title</comment>
        <translation>Schriftart, Farbe oder Zeilenhöhe geändert</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="119"/>
        <source>Amazon does not allow a message to override the buyer&apos;s font family, font colour or line height.</source>
        <comment>font-override why</comment>
        <translation>Amazon erlaubt nicht, dass eine Nachricht Schriftart, Schriftfarbe oder Zeilenhöhe des Käufers überschreibt.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="120"/>
        <source>Clear the font, colour and line spacing; the buyer&apos;s mail client sets them.</source>
        <comment>font-override instead</comment>
        <translation>Entfernen Sie Schriftart, Farbe und Zeilenabstand; das E-Mail-Programm des Käufers legt sie fest.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="121"/>
        <source>A style sheet in the message sets %1.</source>
        <comment>font-override note sheet</comment>
        <translation>Ein Stylesheet in der Nachricht legt %1 fest.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="122"/>
        <source>Centred or aligned text</source>
        <comment>text-alignment title</comment>
        <translation>Zentrierter oder ausgerichteter Text</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="123"/>
        <source>Amazon does not allow centred, right-aligned or justified text in a message.</source>
        <comment>text-alignment why</comment>
        <translation>Amazon erlaubt in einer Nachricht weder zentrierten noch rechtsbündigen Text noch Blocksatz.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="124"/>
        <source>Leave the paragraph aligned as the buyer&apos;s mail client sets it.</source>
        <comment>text-alignment instead</comment>
        <translation>Überlassen Sie die Ausrichtung des Absatzes dem E-Mail-Programm des Käufers.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="125"/>
        <source>A style sheet in the message sets %1.</source>
        <comment>text-alignment note sheet</comment>
        <translation>Ein Stylesheet in der Nachricht legt %1 fest.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="126"/>
        <source>Margins too wide</source>
        <comment>margin-width title</comment>
        <translation>Ränder zu breit</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="127"/>
        <source>Margins or padding may take at most 20% of the message width (120 px of Amazon&apos;s 600 px column).</source>
        <comment>margin-width why</comment>
        <translation>Ränder oder Innenabstände dürfen höchstens 20&#xa0;% der Nachrichtenbreite einnehmen (120&#xa0;px der 600&#xa0;px breiten Nachrichtenspalte von Amazon).</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="128"/>
        <source>Remove the margin or indent of this paragraph.</source>
        <comment>margin-width instead</comment>
        <translation>Entfernen Sie den Rand oder Einzug dieses Absatzes.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="129"/>
        <source>A style sheet in the message sets %1.</source>
        <comment>margin-width note sheet</comment>
        <translation>Ein Stylesheet in der Nachricht legt %1 fest.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="130"/>
        <source>Picture too wide</source>
        <comment>image-width title</comment>
        <translation>Bild zu breit</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="131"/>
        <source>A picture may be at most 80% of the message width: 480 px of Amazon&apos;s 600 px column.</source>
        <comment>image-width why</comment>
        <translation>Ein Bild darf höchstens 80&#xa0;% der Nachrichtenbreite einnehmen: 480&#xa0;px der 600&#xa0;px breiten Nachrichtenspalte von Amazon.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="132"/>
        <source>Fit the picture to 480 px or less.</source>
        <comment>image-width instead</comment>
        <translation>Verkleinern Sie das Bild auf höchstens 480&#xa0;px.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="133"/>
        <source>The picture gives no width, so it may show wider than 480 px.</source>
        <comment>image-width note unknown-width</comment>
        <translation>Das Bild hat keine Breitenangabe und wird daher womöglich breiter als 480&#xa0;px angezeigt.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="134"/>
        <source>Picture loaded over http</source>
        <comment>insecure-image title</comment>
        <translation>Bild über http geladen</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="135"/>
        <source>Amazon blocks pictures loaded over an insecure http:// address.</source>
        <comment>insecure-image why</comment>
        <translation>Amazon blockiert Bilder, die über eine unsichere http://-Adresse geladen werden.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="136"/>
        <source>Load the picture over https://.</source>
        <comment>insecure-image instead</comment>
        <translation>Laden Sie das Bild über https://.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="137"/>
        <source>This picture is not on the web over https (%1): the buyer&apos;s mail client cannot load it, or not safely.</source>
        <comment>insecure-image note not-https</comment>
        <translation>Dieses Bild liegt nicht per https im Web (%1): Das E-Mail-Programm des Käufers kann es nicht oder nicht sicher laden.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="138"/>
        <source>Tracking pixel</source>
        <comment>tracking-pixel title</comment>
        <translation>Tracking-Pixel</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="139"/>
        <source>Tiny or hidden pictures and pictures from open-tracking services report to the sender when the buyer reads the message; Amazon forbids them.</source>
        <comment>tracking-pixel why</comment>
        <translation>Winzige oder versteckte Bilder und Bilder von Diensten zur Öffnungsverfolgung melden dem Absender, wann der Käufer die Nachricht liest; Amazon verbietet sie.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="140"/>
        <source>Remove the picture.</source>
        <comment>tracking-pixel instead</comment>
        <translation>Entfernen Sie das Bild.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="141"/>
        <source>GIF picture</source>
        <comment>animated-gif title</comment>
        <translation>GIF-Bild</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="142"/>
        <source>Amazon does not allow GIF pictures (animated pictures) in messages.</source>
        <comment>animated-gif why</comment>
        <translation>Amazon erlaubt keine GIF-Bilder (animierte Bilder) in Nachrichten.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="143"/>
        <source>Use a still PNG or JPEG picture, or none.</source>
        <comment>animated-gif instead</comment>
        <translation>Verwenden Sie ein unbewegtes PNG- oder JPEG-Bild oder gar keins.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="144"/>
        <source>Picture without a description</source>
        <comment>image-alt title</comment>
        <translation>Bild ohne Beschreibung</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="145"/>
        <source>Every picture needs an alternative text for buyers who cannot see it.</source>
        <comment>image-alt why</comment>
        <translation>Jedes Bild braucht einen Alternativtext für Käufer, die es nicht sehen können.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="146"/>
        <source>Describe the picture in a few words.</source>
        <comment>image-alt instead</comment>
        <translation>Beschreiben Sie das Bild in wenigen Worten.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="147"/>
        <source>Picture linking outside Amazon</source>
        <comment>logo-link title</comment>
        <translation>Bild mit Link außerhalb von Amazon</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="148"/>
        <source>A picture (a logo) may not link to a site outside Amazon.</source>
        <comment>logo-link why</comment>
        <translation>Ein Bild (etwa ein Logo) darf nicht auf eine Website außerhalb von Amazon verlinken.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="149"/>
        <source>Remove the link from the picture.</source>
        <comment>logo-link instead</comment>
        <translation>Entfernen Sie den Link vom Bild.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="150"/>
        <source>Product photo</source>
        <comment>product-image title</comment>
        <translation>Produktfoto</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="151"/>
        <source>Amazon shows the product&apos;s picture beside the message itself; a product photo in the body is usually not needed.</source>
        <comment>product-image why</comment>
        <translation>Amazon zeigt das Produktbild selbst neben der Nachricht an; ein Produktfoto im Nachrichtentext ist meist unnötig.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="152"/>
        <source>Remove the photo unless the buyer needs it (a defect, an assembly step).</source>
        <comment>product-image instead</comment>
        <translation>Entfernen Sie das Foto, es sei denn, der Käufer braucht es (ein Mangel, ein Montageschritt).</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="153"/>
        <source>Link text does not say where it goes</source>
        <comment>link-text title</comment>
        <translation>Linktext nennt das Ziel nicht</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="154"/>
        <source>Amazon requires link text that describes the destination; &quot;click here&quot; and empty links are not allowed.</source>
        <comment>link-text why</comment>
        <translation>Amazon verlangt Linktexte, die das Ziel beschreiben; „hier klicken“ und leere Links sind nicht erlaubt.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="155"/>
        <source>Use the destination as the link text, for example &quot;tracking page for your parcel&quot;.</source>
        <comment>link-text instead</comment>
        <translation>Verwenden Sie das Ziel als Linktext, zum Beispiel „Sendungsverfolgung Ihres Pakets“.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/editor/main.cpp" line="183"/>
        <source>Write messages to Amazon buyers that pass Amazon&apos;s messaging rules.</source>
        <translation>Nachrichten an Amazon-Käufer schreiben, die den Kommunikationsrichtlinien von Amazon entsprechen.</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="187"/>
        <source>Save a picture of the window to PNG once the draft is checked, then exit.</source>
        <translation>Nach der Prüfung des Entwurfs ein Bildschirmfoto des Fensters als PNG speichern, dann beenden.</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="195"/>
        <source>Print the findings for FILE as permitted-check&apos;s JSON, then exit.</source>
        <translation>Die Probleme in FILE im JSON-Format von permitted-check ausgeben, dann beenden.</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="197"/>
        <source>Write what the copy actions would copy to OUT (.html or .txt), then exit.</source>
        <translation>In OUT (.html oder .txt) schreiben, was die Kopierbefehle kopieren würden, dann beenden.</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="202"/>
        <source>Write the template library to OUT.json, then exit.</source>
        <translation>Die Vorlagenbibliothek in OUT.json schreiben, dann beenden.</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="205"/>
        <source>Add the templates of IN.json to the library, then exit.</source>
        <translation>Die Vorlagen aus IN.json zur Bibliothek hinzufügen, dann beenden.</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="208"/>
        <source>With --import-library: replace a template the library has, instead of keeping both.</source>
        <translation>Mit --import-library: eine bereits vorhandene Vorlage ersetzen, statt beide zu behalten.</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="212"/>
        <source>The buyer&apos;s language.</source>
        <translation>Die Sprache des Käufers.</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="213"/>
        <source>The marketplace.</source>
        <translation>Der Marketplace.</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="214"/>
        <source>reply or proactive.</source>
        <translation>reply (Antwort) oder proactive (proaktiv).</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="215"/>
        <source>html or text.</source>
        <translation>html oder text.</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="216"/>
        <source>The draft to open.</source>
        <translation>Der zu öffnende Entwurf.</translation>
    </message>
</context>
<context>
    <name>permitted::AddLanguageDialog</name>
    <message>
        <location filename="../ui/library/add_language_dialog.cpp" line="16"/>
        <source>Start from the &amp;built-in template in that language</source>
        <translation>Mit der &amp;mitgelieferten Vorlage in dieser Sprache beginnen</translation>
    </message>
    <message>
        <location filename="../ui/library/add_language_dialog.cpp" line="17"/>
        <source>Start from a &amp;copy of the %1 text, to translate</source>
        <translation>Mit einer &amp;Kopie des Textes auf %1 beginnen (zum Übersetzen)</translation>
    </message>
    <message>
        <location filename="../ui/library/add_language_dialog.cpp" line="20"/>
        <source>Add Language</source>
        <translation>Sprache hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/library/add_language_dialog.cpp" line="26"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/library/add_language_dialog.cpp" line="28"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
</context>
<context>
    <name>permitted::CheckedTextEdit</name>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="79"/>
        <source>F1: this rule in the rules reference, with examples</source>
        <translation>F1: diese Regel in der Regelübersicht, mit Beispielen</translation>
    </message>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="106"/>
        <source>Describe the Picture</source>
        <translation>Bild beschreiben</translation>
    </message>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="107"/>
        <source>A few words for buyers who cannot see the picture:</source>
        <translation>Einige Worte für Käufer, die das Bild nicht sehen können:</translation>
    </message>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="150"/>
        <source>No suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="151"/>
        <source>Add “%1” to Dictionary</source>
        <translation>„%1“ zum Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="154"/>
        <source>Add to Dictionary</source>
        <translation>Zum Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="155"/>
        <source>The word could not be saved to your dictionary: %1</source>
        <translation>Das Wort konnte nicht in Ihrem Wörterbuch gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="159"/>
        <source>Ignore Here</source>
        <translation>Hier ignorieren</translation>
    </message>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="160"/>
        <source>About This Rule</source>
        <translation>Über diese Regel</translation>
    </message>
</context>
<context>
    <name>permitted::DraftSession</name>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="35"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="64"/>
        <location filename="../ui/files/draft_session.cpp" line="77"/>
        <source>Open Draft</source>
        <translation>Entwurf öffnen</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="65"/>
        <source>Drafts (*.html *.htm *.txt);;All files (*)</source>
        <translation>Entwürfe (*.html *.htm *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="76"/>
        <source>%1 cannot be opened: %2.</source>
        <translation>%1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="121"/>
        <location filename="../ui/files/draft_session.cpp" line="129"/>
        <source>Save Draft As</source>
        <translation>Entwurf speichern unter</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="122"/>
        <source>HTML draft (*.html);;Plain text, body only (*.txt)</source>
        <translation>HTML-Entwurf (*.html);;Nur-Text, nur Nachrichtentext (*.txt)</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="130"/>
        <source>A plain-text draft keeps the body only: the subject and the formatting are not saved. Save anyway?</source>
        <translation>Ein Entwurf im Nur-Text-Format enthält nur den Nachrichtentext: Betreff und Formatierung werden nicht gespeichert. Trotzdem speichern?</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="142"/>
        <source>Save Draft</source>
        <translation>Entwurf speichern</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="143"/>
        <source>%1 could not be saved: %2
Your text is still here; try another folder.</source>
        <translation>%1 konnte nicht gespeichert werden: %2
Ihr Text ist noch da; versuchen Sie es mit einem anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="162"/>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="162"/>
        <source>Save the changes to %1 before going on?</source>
        <translation>Änderungen an %1 speichern, bevor Sie fortfahren?</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="207"/>
        <source>Clear Recent Files</source>
        <translation>Liste leeren</translation>
    </message>
</context>
<context>
    <name>permitted::FindBar</name>
    <message>
        <location filename="../ui/editor/find_bar.cpp" line="16"/>
        <source>Match &amp;case</source>
        <translation>Groß-/&amp;Kleinschreibung beachten</translation>
    </message>
    <message>
        <location filename="../ui/editor/find_bar.cpp" line="16"/>
        <source>&amp;Whole words</source>
        <translation>Ganze &amp;Wörter</translation>
    </message>
    <message>
        <location filename="../ui/editor/find_bar.cpp" line="20"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../ui/editor/find_bar.cpp" line="21"/>
        <source>Text to find</source>
        <translation>Suchtext</translation>
    </message>
    <message>
        <location filename="../ui/editor/find_bar.cpp" line="23"/>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <location filename="../ui/editor/find_bar.cpp" line="24"/>
        <source>Replacement text</source>
        <translation>Ersetzungstext</translation>
    </message>
    <message>
        <location filename="../ui/editor/find_bar.cpp" line="27"/>
        <source>&amp;Previous</source>
        <translation>Vorheri&amp;ger</translation>
    </message>
    <message>
        <location filename="../ui/editor/find_bar.cpp" line="28"/>
        <source>&amp;Next</source>
        <translation>&amp;Nächster</translation>
    </message>
    <message>
        <location filename="../ui/editor/find_bar.cpp" line="31"/>
        <source>Close (Escape)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/editor/find_bar.cpp" line="32"/>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <location filename="../ui/editor/find_bar.cpp" line="34"/>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/editor/find_bar.cpp" line="35"/>
        <source>Replace &amp;All</source>
        <translation>A&amp;lle ersetzen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/find_bar.cpp" line="154"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n Vorkommen ersetzt</numerusform>
            <numerusform>%n Vorkommen ersetzt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editor/find_bar.cpp" line="162"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
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
        <translation>F</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="32"/>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="33"/>
        <source>I</source>
        <translation>K</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="33"/>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="34"/>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="34"/>
        <source>Underline</source>
        <translation>Unterstrichen</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="61"/>
        <source>Font size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="73"/>
        <source>Bulleted List</source>
        <translation>Aufzählungsliste</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="74"/>
        <source>Numbered List</source>
        <translation>Nummerierte Liste</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="85"/>
        <source>Align Left</source>
        <translation>Linksbündig</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="85"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="86"/>
        <source>Center</source>
        <translation>Zentriert</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="86"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="87"/>
        <source>Align Right</source>
        <translation>Rechtsbündig</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="87"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="88"/>
        <source>Justify</source>
        <translation>Blocksatz</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="88"/>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="104"/>
        <source>Insert Link…</source>
        <translation>Link einfügen…</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="105"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="106"/>
        <source>Insert Image…</source>
        <translation>Bild einfügen…</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="147"/>
        <source>Insert Link</source>
        <translation>Link einfügen</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="147"/>
        <source>Address of the link:</source>
        <translation>Linkadresse:</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="168"/>
        <source>Insert Image</source>
        <translation>Bild einfügen</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="168"/>
        <source>Address of the image:</source>
        <translation>Bildadresse:</translation>
    </message>
</context>
<context>
    <name>permitted::LibraryPanel</name>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="29"/>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="37"/>
        <location filename="../ui/library/library_panel.cpp" line="43"/>
        <source>Search templates</source>
        <translation>Vorlagen durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="38"/>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="40"/>
        <source>Text of the selected template</source>
        <translation>Text der ausgewählten Vorlage</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="46"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="46"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="58"/>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="58"/>
        <source>A new template from a built-in one or from the message in the editor</source>
        <translation>Eine neue Vorlage aus einer mitgelieferten oder aus der Nachricht im Editor</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="60"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="62"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="64"/>
        <source>Tags…</source>
        <translation>Schlagwörter…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="66"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="74"/>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="77"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="78"/>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="86"/>
        <source>Export Selected…</source>
        <translation>Auswahl exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="87"/>
        <source>Export All…</source>
        <translation>Alle exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="88"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="116"/>
        <source>New Template from This…</source>
        <translation>Neue Vorlage daraus erstellen…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="124"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="167"/>
        <source>%1: source</source>
        <translation>%1: Ausgangstext</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="169"/>
        <source>%1 (to review)</source>
        <translation>%1 (zu prüfen)</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="170"/>
        <source>%1: to review</source>
        <translation>%1: zu prüfen</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="173"/>
        <source>%1: translated</source>
        <translation>%1: übersetzt</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="214"/>
        <source>%1
Tags: %2</source>
        <translation>%1
Schlagwörter: %2</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="226"/>
        <source>Your template library could not be opened: %1</source>
        <translation>Ihre Vorlagenbibliothek konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="228"/>
        <source>No templates yet. “New…” starts one from a built-in template, in any buyer language.</source>
        <translation>Noch keine Vorlagen. „Neu…“ erstellt eine aus einer mitgelieferten Vorlage, in jeder Käufersprache.</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="230"/>
        <source>No template matches “%1”.</source>
        <translation>Keine Vorlage passt zu „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="247"/>
        <source>Built-in templates (read-only)</source>
        <translation>Mitgelieferte Vorlagen (schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="254"/>
        <source>Permitted&apos;s own templates: “New…” or a double click copies one into your library</source>
        <translation>Die Vorlagen von Permitted: „Neu…“ oder ein Doppelklick kopiert eine davon in Ihre Bibliothek</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="266"/>
        <source>%1
Built-in, in %2: a double click copies it into your library</source>
        <translation>%1
Mitgeliefert, in %2: Ein Doppelklick kopiert sie in Ihre Bibliothek</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="326"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="327"/>
        <source>Duplicate “%1”</source>
        <translation>„%1“ duplizieren</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="337"/>
        <source>Rename Template</source>
        <translation>Vorlage umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="337"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="348"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="348"/>
        <source>Tags of “%1”, separated by commas:</source>
        <translation>Schlagwörter für „%1“, durch Kommas getrennt:</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="365"/>
        <source>Delete Template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/library_panel.cpp" line="366"/>
        <source>Delete the template “%1” and its %n language(s)?</source>
        <translation>
            <numerusform>Die Vorlage „%1“ und ihre Sprache löschen?</numerusform>
            <numerusform>Die Vorlage „%1“ und ihre %n Sprachen löschen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="367"/>
        <source>Edit ▸ Undo in this panel (Ctrl+Z) brings it back.</source>
        <translation>Bearbeiten ▸ Rückgängig in diesem Bereich (Ctrl+Z) stellt sie wieder her.</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="372"/>
        <source>Deleted “%1”. Undo brings it back.</source>
        <translation>„%1“ gelöscht. Rückgängig stellt die Vorlage wieder her.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/library_panel.cpp" line="379"/>
        <location filename="../ui/library/library_panel.cpp" line="389"/>
        <source>%n template(s) exported.</source>
        <translation>
            <numerusform>%n Vorlage exportiert.</numerusform>
            <numerusform>%n Vorlagen exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>permitted::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="74"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="75"/>
        <source>Write your message to the buyer here.</source>
        <translation>Schreiben Sie hier Ihre Nachricht an den Käufer.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="76"/>
        <source>Message to the buyer</source>
        <translation>Nachricht an den Käufer</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="87"/>
        <source>&amp;Subject:</source>
        <translation>Betre&amp;ff:</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="107"/>
        <source>Loading the rules…</source>
        <translation>Regeln werden geladen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="149"/>
        <location filename="../ui/main_window.cpp" line="427"/>
        <source>Template Library</source>
        <translation>Vorlagenbibliothek</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="150"/>
        <source>A change could not be saved in your template library: %1

The text is still in the editor.</source>
        <translation>Eine Änderung konnte nicht in Ihrer Vorlagenbibliothek gespeichert werden: %1

Der Text ist noch im Editor.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="187"/>
        <source>The recovery copy of this draft could not be written in %1: save the draft yourself.</source>
        <translation>Die Wiederherstellungskopie dieses Entwurfs konnte nicht in %1 geschrieben werden: Speichern Sie den Entwurf selbst.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="218"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="218"/>
        <source>Your dictionary could not be saved: %1</source>
        <translation>Ihr Wörterbuch konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="222"/>
        <source>The interface language changes when Permitted starts again.</source>
        <translation>Die Oberflächensprache ändert sich beim nächsten Start von Permitted.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="229"/>
        <source>The rules are still loading; the reference opens once they are.</source>
        <translation>Die Regeln werden noch geladen; die Regelübersicht öffnet sich, sobald sie bereit sind.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="262"/>
        <source>The draft was restored; it is not saved yet.</source>
        <translation>Der Entwurf wurde wiederhergestellt, ist aber noch nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="284"/>
        <location filename="../ui/main_window.cpp" line="288"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="289"/>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="291"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="292"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="305"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="306"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="307"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="308"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="309"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="311"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="311"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="313"/>
        <source>Copy for Seller &amp;Central</source>
        <translation>Für Seller &amp;Central kopieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="313"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="314"/>
        <source>Copy as &amp;HTML E-mail</source>
        <translation>Als &amp;HTML-E-Mail kopieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="314"/>
        <source>Ctrl+Alt+C</source>
        <translation>Ctrl+Alt+C</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="316"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="319"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="325"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="328"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="331"/>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="333"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="334"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="335"/>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="336"/>
        <source>Select &amp;All</source>
        <translation>Alles &amp;markieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="339"/>
        <source>Pr&amp;eferences…</source>
        <translation>Einstellun&amp;gen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="341"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="344"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="345"/>
        <source>Find &amp;Next</source>
        <translation>&amp;Nächster Treffer</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="346"/>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Vorheriger Treffer</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="348"/>
        <source>R&amp;eplace…</source>
        <translation>Erse&amp;tzen…</translation>
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
        <translation>&amp;Vorlagen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="355"/>
        <source>&amp;New Template…</source>
        <translation>&amp;Neue Vorlage…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="355"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="356"/>
        <source>&amp;Add Language…</source>
        <translation>Sprache &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="357"/>
        <source>&amp;Close Template</source>
        <translation>Vorlage &amp;schließen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="359"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="360"/>
        <source>&amp;Export All…</source>
        <translation>Alle &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="367"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="368"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="370"/>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="371"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="372"/>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="372"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="379"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="380"/>
        <source>&amp;Rules Reference</source>
        <translation>&amp;Regelübersicht</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="381"/>
        <source>&amp;About Permitted</source>
        <translation>Ü&amp;ber Permitted</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="382"/>
        <source>About Permitted</source>
        <translation>Über Permitted</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="383"/>
        <source>&lt;p&gt;&lt;b&gt;Permitted&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Checks messages to Amazon buyers against Amazon&apos;s communication rules as you write them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Permitted&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Prüft Ihre Nachrichten an Amazon-Käufer schon beim Schreiben auf die Einhaltung der Kommunikationsrichtlinien von Amazon.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="402"/>
        <source>The rules could not be loaded: messages are not checked.</source>
        <translation>Die Regeln konnten nicht geladen werden: Nachrichten werden nicht geprüft.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="403"/>
        <location filename="../ui/main_window.cpp" line="546"/>
        <location filename="../ui/main_window.cpp" line="550"/>
        <source>Permitted</source>
        <translation>Permitted</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="403"/>
        <source>The rules could not be loaded, so nothing is checked. Reinstalling Permitted should repair this.</source>
        <translation>Die Regeln konnten nicht geladen werden, daher wird nichts geprüft. Eine Neuinstallation von Permitted sollte das beheben.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="476"/>
        <source>New Template “%1”</source>
        <translation>Neue Vorlage „%1“</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="508"/>
        <source>%n problem(s) would get this message blocked</source>
        <translation>
            <numerusform>Diese Nachricht würde wegen %n Problem blockiert</numerusform>
            <numerusform>Diese Nachricht würde wegen %n Problemen blockiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="510"/>
        <source>Write your message; it is checked as you type.</source>
        <translation>Schreiben Sie Ihre Nachricht; sie wird beim Tippen geprüft.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="512"/>
        <source>Ready to send, but look at the warnings</source>
        <translation>Bereit zum Senden, aber beachten Sie die Warnungen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="514"/>
        <source>Ready to send</source>
        <translation>Bereit zum Senden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="515"/>
        <source>Errors: %1 · Warnings: %2 · Suggestions: %3</source>
        <translation>Fehler: %1 · Warnungen: %2 · Vorschläge: %3</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="592"/>
        <source>%1: “%2”</source>
        <translation>%1: „%2“</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="596"/>
        <source>Copy Message</source>
        <translation>Nachricht kopieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="597"/>
        <source>This message still has %n problem(s) that would get it blocked by Amazon. Copy it anyway?</source>
        <translation>
            <numerusform>Diese Nachricht enthält noch %n Problem, aufgrund dessen Amazon sie blockieren würde. Trotzdem kopieren?</numerusform>
            <numerusform>Diese Nachricht enthält noch %n Probleme, aufgrund derer Amazon sie blockieren würde. Trotzdem kopieren?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="601"/>
        <source>
… and %n more</source>
        <translation>
            <numerusform>
… und %n weiteres</numerusform>
            <numerusform>
… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="617"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="618"/>
        <source>The message is on the clipboard, ready for Seller Central.</source>
        <translation>Die Nachricht ist in der Zwischenablage, bereit für Seller Central.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="620"/>
        <source>Plain text keeps no link address behind words: %1 lost its link.</source>
        <translation>Nur-Text enthält keine Linkadressen hinter Wörtern: Bei %1 ist der Link verloren gegangen.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="635"/>
        <source>It is not in the order history: the Order panel has no order ID.</source>
        <translation>Sie wurde nicht in den Bestellverlauf aufgenommen: Im Bereich „Bestellung“ fehlt die Bestellnummer.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="637"/>
        <source>It is not in the order history: the order ID “%1” is incomplete.</source>
        <translation>Sie wurde nicht in den Bestellverlauf aufgenommen: Die Bestellnummer „%1“ ist unvollständig.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="639"/>
        <source>It is not in the order history: the template library, which keeps it, could not be opened.</source>
        <translation>Sie wurde nicht in den Bestellverlauf aufgenommen: Die Vorlagenbibliothek, in der er gespeichert wird, konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="641"/>
        <source>It is not in the order history: the library could not save it.</source>
        <translation>Sie wurde nicht in den Bestellverlauf aufgenommen: Die Bibliothek konnte sie nicht speichern.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="658"/>
        <source>The message is on the clipboard as an HTML e-mail.</source>
        <translation>Die Nachricht ist als HTML-E-Mail in der Zwischenablage.</translation>
    </message>
</context>
<context>
    <name>permitted::NewTemplateDialog</name>
    <message>
        <location filename="../ui/library/new_template_dialog.cpp" line="20"/>
        <source>Start from the &amp;built-in template</source>
        <translation>Mit der &amp;mitgelieferten Vorlage beginnen</translation>
    </message>
    <message>
        <location filename="../ui/library/new_template_dialog.cpp" line="21"/>
        <source>Start from the message in the &amp;editor</source>
        <translation>Mit der Nachricht im &amp;Editor beginnen</translation>
    </message>
    <message>
        <location filename="../ui/library/new_template_dialog.cpp" line="26"/>
        <source>The text the template starts with</source>
        <translation>Der Text, mit dem die Vorlage beginnt</translation>
    </message>
    <message>
        <location filename="../ui/library/new_template_dialog.cpp" line="28"/>
        <source>New Template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <location filename="../ui/library/new_template_dialog.cpp" line="37"/>
        <source>Contact &amp;reason:</source>
        <translation>Kontakt&amp;grund:</translation>
    </message>
    <message>
        <location filename="../ui/library/new_template_dialog.cpp" line="38"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/library/new_template_dialog.cpp" line="39"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/library/new_template_dialog.cpp" line="41"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location filename="../ui/library/new_template_dialog.cpp" line="67"/>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
</context>
<context>
    <name>permitted::OrderPanel</name>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="22"/>
        <source>Order completed on</source>
        <translation>Bestellung abgeschlossen am</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="24"/>
        <source>A review was already requested for this order</source>
        <translation>Für diese Bestellung wurde bereits eine Bewertung angefordert</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="29"/>
        <source>None chosen</source>
        <translation>Nicht ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="33"/>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="34"/>
        <source>An answer to a message from the buyer</source>
        <translation>Eine Antwort auf eine Nachricht des Käufers</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="35"/>
        <source>Proactive</source>
        <translation>Proaktiv</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="36"/>
        <source>A message you send first, at your own initiative: Amazon&apos;s stricter rules apply</source>
        <translation>Eine Nachricht, die Sie von sich aus zuerst senden: Es gelten die strengeren Regeln von Amazon</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="38"/>
        <source>HTML e-mail reply</source>
        <translation>HTML-E-Mail-Antwort</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="39"/>
        <source>Seller Central text box</source>
        <translation>Textfeld in Seller Central</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="40"/>
        <source>An HTML e-mail keeps formatting and pictures, and Amazon&apos;s styling rules apply; Seller Central&apos;s text box keeps the text only</source>
        <translation>Eine HTML-E-Mail behält Formatierung und Bilder, und es gelten die Gestaltungsregeln von Amazon; das Textfeld in Seller Central behält nur den Text</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="51"/>
        <source>Date the order was completed</source>
        <translation>Datum, an dem die Bestellung abgeschlossen wurde</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="53"/>
        <source>Amazon allows one review request per order</source>
        <translation>Amazon erlaubt eine Bewertungsanfrage pro Bestellung</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="59"/>
        <source>Buyer &amp;language:</source>
        <translation>&amp;Käufersprache:</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="60"/>
        <source>&amp;Marketplace:</source>
        <translation>&amp;Marketplace:</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="61"/>
        <source>Contact &amp;reason:</source>
        <translation>Kontakt&amp;grund:</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="62"/>
        <source>Message &amp;type:</source>
        <translation>Nachrichten&amp;typ:</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="63"/>
        <source>Sent &amp;as:</source>
        <translation>Ges&amp;endet als:</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="64"/>
        <source>Order &amp;ID:</source>
        <translation>Bestell&amp;nummer:</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="70"/>
        <source>&lt;b&gt;Placeholder values&lt;/b&gt;</source>
        <translation>&lt;b&gt;Platzhalterwerte&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="71"/>
        <source>What the buyer reads in place of each {{placeholder}}, in the preview and when you copy</source>
        <translation>Was der Käufer anstelle der einzelnen {{Platzhalter}} liest, in der Vorschau und beim Kopieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/order_panel.cpp" line="173"/>
        <source>%n message(s) copied for this order before; the last: %1, on %2.</source>
        <translation>
            <numerusform>Für diese Bestellung wurde bereits %n Nachricht kopiert; zuletzt: %1, am %2.</numerusform>
            <numerusform>Für diese Bestellung wurden bereits %n Nachrichten kopiert; zuletzt: %1, am %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>permitted::PlaceholderForm</name>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="38"/>
        <source>The message has no placeholders to fill.</source>
        <translation>Die Nachricht enthält keine auszufüllenden Platzhalter.</translation>
    </message>
</context>
<context>
    <name>permitted::PreferencesDialog</name>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="44"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="46"/>
        <source>As the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="50"/>
        <location filename="../ui/settings/preferences_dialog.cpp" line="92"/>
        <source>The one last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="60"/>
        <source>Your dictionary, one word a line</source>
        <translation>Ihr Wörterbuch, ein Wort pro Zeile</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="63"/>
        <source>&amp;Interface language:</source>
        <translation>&amp;Oberflächensprache:</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="64"/>
        <source>Takes effect when Permitted starts again.</source>
        <translation>Wird beim nächsten Start von Permitted wirksam.</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="67"/>
        <source>New message in &amp;language:</source>
        <translation>&amp;Sprache neuer Nachrichten:</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="68"/>
        <source>New message on &amp;marketplace:</source>
        <translation>&amp;Marketplace neuer Nachrichten:</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="69"/>
        <source>Your &amp;seller name:</source>
        <translation>Ihr &amp;Verkäufername:</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="70"/>
        <source>Your &amp;dictionary (words never marked as misspelt), one a line:</source>
        <translation>Ihr &amp;Wörterbuch (Wörter, die nie als Rechtschreibfehler markiert werden), eines pro Zeile:</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="71"/>
        <source>Your dictionary can be edited once the rules have loaded.</source>
        <translation>Ihr Wörterbuch kann bearbeitet werden, sobald die Regeln geladen sind.</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="92"/>
        <source>The language&apos;s first</source>
        <translation>Erster Marketplace der Sprache</translation>
    </message>
</context>
<context>
    <name>permitted::PreviewHtml</name>
    <message>
        <location filename="../ui/preview/preview_html.cpp" line="112"/>
        <source>Image not loaded:</source>
        <translation>Bild nicht geladen:</translation>
    </message>
</context>
<context>
    <name>permitted::PreviewShell</name>
    <message>
        <location filename="../ui/preview/preview_shell.cpp" line="61"/>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_shell.cpp" line="63"/>
        <source>Order ID:</source>
        <translation>Bestellnummer:</translation>
    </message>
</context>
<context>
    <name>permitted::PreviewView</name>
    <message>
        <location filename="../ui/preview/preview_view.cpp" line="58"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_view.cpp" line="66"/>
        <source>Desktop</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_view.cpp" line="67"/>
        <source>Amazon&apos;s message column on a computer (%1 px)</source>
        <translation>Die Nachrichtenspalte von Amazon auf einem Computer (%1&#xa0;px)</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_view.cpp" line="68"/>
        <source>Phone</source>
        <translation>Smartphone</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_view.cpp" line="69"/>
        <source>The message on a phone (%1 px)</source>
        <translation>Die Nachricht auf einem Smartphone (%1&#xa0;px)</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_view.cpp" line="79"/>
        <source>The message as the buyer will see it</source>
        <translation>Die Nachricht so, wie der Käufer sie sehen wird</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_view.cpp" line="92"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_view.cpp" line="94"/>
        <source>Select &amp;All</source>
        <translation>Alles &amp;markieren</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_view.cpp" line="114"/>
        <source>Link to %1</source>
        <translation>Link zu %1</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_view.cpp" line="117"/>
        <source>Links do not open in the preview: %1</source>
        <translation>Links werden in der Vorschau nicht geöffnet: %1</translation>
    </message>
</context>
<context>
    <name>permitted::ProblemsPanel</name>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="22"/>
        <source>whole message</source>
        <translation>gesamte Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="25"/>
        <source>picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="26"/>
        <source>[picture]</source>
        <translation>[Bild]</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="28"/>
        <source>blank lines and spaces</source>
        <translation>Leerzeilen und Leerzeichen</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="31"/>
        <source>“%1”</source>
        <comment>the text a finding is about, quoted</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="38"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="40"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="40"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="40"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="83"/>
        <location filename="../ui/panels/problems_panel.cpp" line="94"/>
        <source>&amp;Show in the Text</source>
        <translation>Im Text &amp;anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="87"/>
        <source>&amp;Ignore Here</source>
        <translation>Hier &amp;ignorieren</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="88"/>
        <source>&amp;About This Rule</source>
        <translation>Ü&amp;ber diese Regel</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="95"/>
        <source>&amp;Stop Ignoring</source>
        <translation>&amp;Nicht mehr ignorieren</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="128"/>
        <location filename="../ui/panels/problems_panel.cpp" line="137"/>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/problems_panel.cpp" line="131"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="137"/>
        <source>Ignored: %1</source>
        <translation>Ignoriert: %1</translation>
    </message>
</context>
<context>
    <name>permitted::RulesReferenceWindow</name>
    <message>
        <location filename="../ui/help/rules_reference_window.cpp" line="36"/>
        <source>Error: Amazon blocks a message that breaks this rule</source>
        <translation>Fehler: Amazon blockiert eine Nachricht, die gegen diese Regel verstößt</translation>
    </message>
    <message>
        <location filename="../ui/help/rules_reference_window.cpp" line="37"/>
        <source>Warning: allowed, but look at it before sending</source>
        <translation>Warnung: erlaubt, aber vor dem Senden prüfen</translation>
    </message>
    <message>
        <location filename="../ui/help/rules_reference_window.cpp" line="38"/>
        <source>Suggestion: the message can be better</source>
        <translation>Vorschlag: Die Nachricht lässt sich verbessern</translation>
    </message>
    <message>
        <location filename="../ui/help/rules_reference_window.cpp" line="50"/>
        <source>Rules Reference</source>
        <translation>Regelübersicht</translation>
    </message>
    <message>
        <location filename="../ui/help/rules_reference_window.cpp" line="51"/>
        <location filename="../ui/help/rules_reference_window.cpp" line="52"/>
        <source>Search the rules</source>
        <translation>Regeln durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/help/rules_reference_window.cpp" line="54"/>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location filename="../ui/help/rules_reference_window.cpp" line="55"/>
        <source>The chosen rule</source>
        <translation>Die ausgewählte Regel</translation>
    </message>
    <message>
        <location filename="../ui/help/rules_reference_window.cpp" line="119"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../ui/help/rules_reference_window.cpp" line="121"/>
        <source>Instead</source>
        <translation>Stattdessen</translation>
    </message>
    <message>
        <location filename="../ui/help/rules_reference_window.cpp" line="130"/>
        <source>Breaks the rule</source>
        <translation>Verstößt gegen die Regel</translation>
    </message>
    <message>
        <location filename="../ui/help/rules_reference_window.cpp" line="131"/>
        <source>Keeps to it</source>
        <translation>Hält die Regel ein</translation>
    </message>
    <message>
        <location filename="../ui/help/rules_reference_window.cpp" line="132"/>
        <source>Rule %1 · from: %2</source>
        <translation>Regel %1 · Quelle: %2</translation>
    </message>
</context>
<context>
    <name>permitted::SourcePane</name>
    <message>
        <location filename="../ui/library/source_pane.cpp" line="19"/>
        <source>Source text of the template</source>
        <translation>Ausgangstext der Vorlage</translation>
    </message>
    <message>
        <location filename="../ui/library/source_pane.cpp" line="45"/>
        <source>&lt;b&gt;Source: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ausgangstext: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/library/source_pane.cpp" line="67"/>
        <source>To review: the source has not changed in its words since the last review.</source>
        <translation>Zu prüfen: Der Wortlaut des Ausgangstexts hat sich seit der letzten Prüfung nicht geändert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/source_pane.cpp" line="68"/>
        <source>To review: %n sentence(s) of the source changed since the last review, marked below.</source>
        <translation>
            <numerusform>Zu prüfen: %n Satz des Ausgangstexts hat sich seit der letzten Prüfung geändert (unten markiert).</numerusform>
            <numerusform>Zu prüfen: %n Sätze des Ausgangstexts haben sich seit der letzten Prüfung geändert (unten markiert).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/library/source_pane.cpp" line="71"/>
        <source>To review: what changed in the source is not known for this translation.</source>
        <translation>Zu prüfen: Für diese Übersetzung ist nicht bekannt, was sich im Ausgangstext geändert hat.</translation>
    </message>
</context>
<context>
    <name>permitted::TemplateBar</name>
    <message>
        <location filename="../ui/library/template_bar.cpp" line="29"/>
        <source>Add Language… (translate this template into another buyer language)</source>
        <translation>Sprache hinzufügen… (diese Vorlage in eine andere Käufersprache übersetzen)</translation>
    </message>
    <message>
        <location filename="../ui/library/template_bar.cpp" line="32"/>
        <source>Close Template (its text stays in the editor as a draft)</source>
        <translation>Vorlage schließen (ihr Text bleibt als Entwurf im Editor)</translation>
    </message>
    <message>
        <location filename="../ui/library/template_bar.cpp" line="61"/>
        <source>Remove %1…</source>
        <translation>%1 entfernen…</translation>
    </message>
    <message>
        <location filename="../ui/library/template_bar.cpp" line="86"/>
        <source>Remove Language</source>
        <translation>Sprache entfernen</translation>
    </message>
    <message>
        <location filename="../ui/library/template_bar.cpp" line="87"/>
        <source>Remove the %1 text of “%2”? This cannot be undone.</source>
        <translation>Den Text auf %1 aus „%2“ entfernen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../ui/library/template_bar.cpp" line="119"/>
        <source>%1 (source)</source>
        <translation>%1 (Ausgangstext)</translation>
    </message>
    <message>
        <location filename="../ui/library/template_bar.cpp" line="121"/>
        <source>%1 (to review)</source>
        <translation>%1 (zu prüfen)</translation>
    </message>
    <message>
        <location filename="../ui/library/template_bar.cpp" line="137"/>
        <source>Check this translation against the %1 text beside it: the source changed after it was translated, or it was started from another text.</source>
        <translation>Vergleichen Sie diese Übersetzung mit dem Text auf %1 daneben: Der Ausgangstext wurde nach der Übersetzung geändert, oder die Übersetzung ging von einem anderen Text aus.</translation>
    </message>
    <message>
        <location filename="../ui/library/template_bar.cpp" line="139"/>
        <source>Mark as Reviewed</source>
        <translation>Als geprüft markieren</translation>
    </message>
    <message>
        <location filename="../ui/library/template_bar.cpp" line="143"/>
        <source>The buyer reads %1, and this template has no %1 text yet.</source>
        <translation>Der Käufer liest %1, und diese Vorlage hat noch keinen Text auf %1.</translation>
    </message>
    <message>
        <location filename="../ui/library/template_bar.cpp" line="144"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/library/template_bar.cpp" line="147"/>
        <source>Translated from %1.</source>
        <translation>Ausgangssprache: %1.</translation>
    </message>
    <message>
        <location filename="../ui/library/template_bar.cpp" line="150"/>
        <source>Changes are saved in your library as you type.</source>
        <translation>Änderungen werden beim Tippen in Ihrer Bibliothek gespeichert.</translation>
    </message>
</context>
</TS>
