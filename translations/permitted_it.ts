<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>DraftFile</name>
    <message>
        <location filename="../ui/files/draft_file.cpp" line="88"/>
        <source>%1 does not exist.</source>
        <translation>%1 non esiste.</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_file.cpp" line="90"/>
        <source>%1 is a folder, not a draft.</source>
        <translation>%1 è una cartella, non una bozza.</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_file.cpp" line="92"/>
        <source>%1 cannot be read: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_file.cpp" line="94"/>
        <source>%1 is larger than 1 MB; a message to a buyer is a few thousand characters.</source>
        <translation>%1 supera 1 MB; un messaggio a un acquirente è di poche migliaia di caratteri.</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_file.cpp" line="96"/>
        <source>%1 is not a text file.</source>
        <translation>%1 non è un file di testo.</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_file.cpp" line="98"/>
        <source>%1 starts like UTF-16 or UTF-32 text but is not valid text.</source>
        <translation>%1 inizia come un testo UTF-16 o UTF-32 ma non è un testo valido.</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_file.cpp" line="100"/>
        <source>%1 is not UTF-8 text (line %2, column %3). Save it as UTF-8 and open it again.</source>
        <translation>%1 non è un testo UTF-8 (riga %2, colonna %3). Salvarlo in UTF-8 e riaprirlo.</translation>
    </message>
</context>
<context>
    <name>FixNames</name>
    <message>
        <location filename="../ui/checking/fix_names.cpp" line="13"/>
        <source>Fix: Remove It</source>
        <translation>Correggi: rimuovi</translation>
    </message>
    <message>
        <location filename="../ui/checking/fix_names.cpp" line="15"/>
        <source>Fix: Insert “%1”</source>
        <translation>Correggi: inserisci «%1»</translation>
    </message>
    <message>
        <location filename="../ui/checking/fix_names.cpp" line="18"/>
        <source>Fix: Replace with “%1”</source>
        <translation>Correggi: sostituisci con «%1»</translation>
    </message>
    <message>
        <location filename="../ui/checking/fix_names.cpp" line="20"/>
        <source>Fix: Use the Default Size</source>
        <translation>Correggi: dimensione predefinita</translation>
    </message>
    <message>
        <location filename="../ui/checking/fix_names.cpp" line="21"/>
        <source>Fix: Use the Default Font, Colour and Spacing</source>
        <translation>Correggi: carattere, colore e interlinea predefiniti</translation>
    </message>
    <message>
        <location filename="../ui/checking/fix_names.cpp" line="22"/>
        <source>Fix: Use the Default Alignment</source>
        <translation>Correggi: allineamento predefinito</translation>
    </message>
    <message>
        <location filename="../ui/checking/fix_names.cpp" line="23"/>
        <source>Fix: Remove the Margins</source>
        <translation>Correggi: rimuovi i margini</translation>
    </message>
    <message>
        <location filename="../ui/checking/fix_names.cpp" line="24"/>
        <source>Fix: Load the Picture over https</source>
        <translation>Correggi: carica l’immagine tramite https</translation>
    </message>
    <message>
        <location filename="../ui/checking/fix_names.cpp" line="25"/>
        <source>Fix: Fit the Picture to %1 px</source>
        <translation>Correggi: adatta l’immagine a %1 px</translation>
    </message>
    <message>
        <location filename="../ui/checking/fix_names.cpp" line="26"/>
        <source>Fix: Describe the Picture…</source>
        <translation>Correggi: descrivi l’immagine…</translation>
    </message>
    <message>
        <location filename="../ui/checking/fix_names.cpp" line="27"/>
        <source>Fix: Remove the Style Sheet</source>
        <translation>Correggi: rimuovi il foglio di stile</translation>
    </message>
    <message>
        <location filename="../ui/checking/fix_names.cpp" line="29"/>
        <source>Fix</source>
        <translation>Correggi</translation>
    </message>
</context>
<context>
    <name>LibraryCommand</name>
    <message>
        <location filename="../app/editor/library_command.cpp" line="28"/>
        <source>the template library %1 cannot be opened: %2</source>
        <translation>la libreria di modelli %1 non si può aprire: %2</translation>
    </message>
    <message>
        <location filename="../app/editor/library_command.cpp" line="32"/>
        <source>warning: the template library was damaged (%1); the copy of %2 was restored</source>
        <translation>avviso: la libreria di modelli era danneggiata (%1); è stata ripristinata la copia del %2</translation>
    </message>
    <message>
        <location filename="../app/editor/library_command.cpp" line="37"/>
        <source>warning: the template library was damaged (%1) and set aside as %2; a new one was started</source>
        <translation>avviso: la libreria di modelli era danneggiata (%1) ed è stata messa da parte come %2; ne è stata creata una nuova</translation>
    </message>
    <message>
        <location filename="../app/editor/library_command.cpp" line="56"/>
        <source>cannot write %1: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/library_command.cpp" line="57"/>
        <source>%n template(s) exported to %1</source>
        <translation>
            <numerusform>%n modello esportato in %1</numerusform>
            <numerusform>%n modelli esportati in %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/editor/library_command.cpp" line="66"/>
        <location filename="../app/editor/library_command.cpp" line="73"/>
        <source>%1 cannot be imported: %2; the library was not changed</source>
        <translation>%1 non si può importare: %2; la libreria non è stata modificata</translation>
    </message>
    <message>
        <location filename="../app/editor/library_command.cpp" line="74"/>
        <source>%1 added, %2 replaced from %3</source>
        <translation>%1 aggiunti, %2 sostituiti da %3</translation>
    </message>
</context>
<context>
    <name>LibraryJson</name>
    <message>
        <location filename="../core/library/library_json.cpp" line="38"/>
        <source>it has no name</source>
        <translation>non ha un nome</translation>
    </message>
    <message>
        <location filename="../core/library/library_json.cpp" line="40"/>
        <source>unknown contact reason &quot;%1&quot;</source>
        <translation>motivo di contatto sconosciuto «%1»</translation>
    </message>
    <message>
        <location filename="../core/library/library_json.cpp" line="42"/>
        <source>unknown source language &quot;%1&quot;</source>
        <translation>lingua di partenza sconosciuta «%1»</translation>
    </message>
    <message>
        <location filename="../core/library/library_json.cpp" line="51"/>
        <source>&quot;variants&quot; is not a list</source>
        <translation>«variants» non è un elenco</translation>
    </message>
    <message>
        <location filename="../core/library/library_json.cpp" line="56"/>
        <source>a variant has an unknown language &quot;%1&quot;</source>
        <translation>una variante ha una lingua sconosciuta «%1»</translation>
    </message>
    <message>
        <location filename="../core/library/library_json.cpp" line="58"/>
        <source>the language %1 appears twice</source>
        <translation>la lingua %1 compare due volte</translation>
    </message>
    <message>
        <location filename="../core/library/library_json.cpp" line="60"/>
        <source>the %1 variant lacks its subject or body</source>
        <translation>alla variante %1 manca l’oggetto o il testo</translation>
    </message>
    <message>
        <location filename="../core/library/library_json.cpp" line="63"/>
        <source>the %1 variant has an unknown status</source>
        <translation>la variante %1 ha uno stato sconosciuto</translation>
    </message>
    <message>
        <location filename="../core/library/library_json.cpp" line="70"/>
        <source>it has no text in its source language %1</source>
        <translation>non ha un testo nella sua lingua di partenza %1</translation>
    </message>
    <message>
        <location filename="../core/library/library_json.cpp" line="98"/>
        <source>not valid JSON at byte %1: %2</source>
        <translation>JSON non valido al byte %1: %2</translation>
    </message>
    <message>
        <location filename="../core/library/library_json.cpp" line="103"/>
        <source>not a Permitted template file</source>
        <translation>non è un file di modelli di Permitted</translation>
    </message>
    <message>
        <location filename="../core/library/library_json.cpp" line="107"/>
        <source>made by a newer version of Permitted (file version %1)</source>
        <translation>creato con una versione più recente di Permitted (versione del file %1)</translation>
    </message>
    <message>
        <location filename="../core/library/library_json.cpp" line="116"/>
        <source>template %1 (&quot;%2&quot;): %3</source>
        <translation>modello %1 («%2»): %3</translation>
    </message>
    <message>
        <location filename="../core/library/library_json.cpp" line="147"/>
        <source>larger than 64 MB, too large for a template library</source>
        <translation>più di 64 MB, troppo grande per una libreria di modelli</translation>
    </message>
</context>
<context>
    <name>LibraryOpening</name>
    <message numerus="yes">
        <location filename="../ui/library/library_opening_text.cpp" line="23"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minuto fa</numerusform>
            <numerusform>%n minuti fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/library_opening_text.cpp" line="25"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n ora fa</numerusform>
            <numerusform>%n ore fa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/library/library_opening_text.cpp" line="28"/>
        <source>The file was missing.</source>
        <translation>Il file mancava.</translation>
    </message>
    <message>
        <location filename="../ui/library/library_opening_text.cpp" line="30"/>
        <source>It was set aside as %1.</source>
        <translation>È stata messa da parte con il nome %1.</translation>
    </message>
    <message>
        <location filename="../ui/library/library_opening_text.cpp" line="31"/>
        <source>Your template library %1 could not be used (%2).</source>
        <translation>Non è stato possibile usare la libreria dei modelli %1 (%2).</translation>
    </message>
    <message>
        <location filename="../ui/library/library_opening_text.cpp" line="32"/>
        <source>The copy taken on %1 (%2) was restored: templates and changes made after that time are missing from it.</source>
        <translation>È stata ripristinata la copia del %1 (%2): non contiene i modelli e le modifiche successivi.</translation>
    </message>
    <message>
        <location filename="../ui/library/library_opening_text.cpp" line="38"/>
        <source>Your template library %1 could not be used (%2), and no good copy of it existed. It was set aside as %3, and a new, empty library was started.</source>
        <translation>Non è stato possibile usare la libreria dei modelli %1 (%2) e non ne esisteva una copia integra. È stata messa da parte con il nome %3 ed è stata creata una nuova libreria vuota.</translation>
    </message>
    <message>
        <location filename="../ui/library/library_opening_text.cpp" line="42"/>
        <source>Your template library %1 could not be opened: %2. It was left as it is; templates cannot be saved in this session.</source>
        <translation>Impossibile aprire la libreria dei modelli %1: %2. È stata lasciata com’era; in questa sessione i modelli non possono essere salvati.</translation>
    </message>
</context>
<context>
    <name>LibraryStore</name>
    <message>
        <location filename="../ui/library/library_store.cpp" line="33"/>
        <source>Delete “%1”</source>
        <translation>Elimina «%1»</translation>
    </message>
    <message>
        <location filename="../ui/library/library_store.cpp" line="45"/>
        <source>Rename “%1”</source>
        <translation>Rinomina «%1»</translation>
    </message>
</context>
<context>
    <name>LibraryTransfer</name>
    <message>
        <location filename="../ui/library/library_transfer.cpp" line="36"/>
        <location filename="../ui/library/library_transfer.cpp" line="82"/>
        <location filename="../ui/library/library_transfer.cpp" line="89"/>
        <source>Import Templates</source>
        <translation>Importa modelli</translation>
    </message>
    <message>
        <location filename="../ui/library/library_transfer.cpp" line="37"/>
        <source>Your library already has the template “%1” (%2). Replace it with the imported one, keep both, or skip the imported one?</source>
        <translation>La libreria contiene già il modello «%1» (%2). Sostituirlo con quello importato, conservarli entrambi o saltare quello importato?</translation>
    </message>
    <message>
        <location filename="../ui/library/library_transfer.cpp" line="41"/>
        <source>Replace</source>
        <translation>Sostituisci</translation>
    </message>
    <message>
        <location filename="../ui/library/library_transfer.cpp" line="42"/>
        <source>Keep Both</source>
        <translation>Conserva entrambi</translation>
    </message>
    <message>
        <location filename="../ui/library/library_transfer.cpp" line="43"/>
        <source>Skip</source>
        <translation>Salta</translation>
    </message>
    <message>
        <location filename="../ui/library/library_transfer.cpp" line="45"/>
        <source>Do the same for the other templates that exist</source>
        <translation>Fare lo stesso per gli altri modelli già presenti</translation>
    </message>
    <message>
        <location filename="../ui/library/library_transfer.cpp" line="66"/>
        <location filename="../ui/library/library_transfer.cpp" line="73"/>
        <source>Export Templates</source>
        <translation>Esporta modelli</translation>
    </message>
    <message>
        <location filename="../ui/library/library_transfer.cpp" line="68"/>
        <source>Permitted templates (*.json)</source>
        <translation>Modelli di Permitted (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/library/library_transfer.cpp" line="74"/>
        <source>The templates could not be written to %1: %2</source>
        <translation>Impossibile scrivere i modelli in %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/library/library_transfer.cpp" line="83"/>
        <source>Permitted templates (*.json);;All files (*)</source>
        <translation>Modelli di Permitted (*.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../ui/library/library_transfer.cpp" line="90"/>
        <source>%1 cannot be imported: %2. Your library was not changed.</source>
        <translation>Impossibile importare %1: %2. La libreria non è stata modificata.</translation>
    </message>
    <message>
        <location filename="../ui/library/library_transfer.cpp" line="98"/>
        <source>Imported: %1 added, %2 replaced, %3 skipped.</source>
        <translation>Importazione: aggiunti %1, sostituiti %2, saltati %3.</translation>
    </message>
</context>
<context>
    <name>PlaceholderForm</name>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="15"/>
        <source>Order ID</source>
        <translation>ID ordine</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="16"/>
        <source>Buyer name</source>
        <translation>Nome dell’acquirente</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="17"/>
        <source>Product name</source>
        <translation>Nome del prodotto</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="18"/>
        <source>Seller name</source>
        <translation>Nome del venditore</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="19"/>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="20"/>
        <source>Order date</source>
        <translation>Data dell’ordine</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="21"/>
        <source>Ship date</source>
        <translation>Data di spedizione</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="22"/>
        <source>Delivery date</source>
        <translation>Data di consegna</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="23"/>
        <source>Carrier</source>
        <translation>Corriere</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="24"/>
        <source>Tracking number</source>
        <translation>Numero di tracciabilità</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="25"/>
        <source>Tracking page</source>
        <translation>Pagina di tracciamento</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="26"/>
        <source>Return reason</source>
        <translation>Motivo del reso</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="27"/>
        <source>Refund amount</source>
        <translation>Importo del rimborso</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="28"/>
        <source>Appointment</source>
        <translation>Appuntamento</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="29"/>
        <source>Coverage from</source>
        <translation>Garanzia dal</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="30"/>
        <source>Coverage until</source>
        <translation>Garanzia fino al</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="31"/>
        <source>Access key</source>
        <translation>Chiave di accesso</translation>
    </message>
</context>
<context>
    <name>ReasonNames</name>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="12"/>
        <source>Confirm order details</source>
        <translation>Conferma i dettagli dell’ordine</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="13"/>
        <source>Confirm delivery details</source>
        <translation>Conferma i dettagli della consegna</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="14"/>
        <source>Confirm customization details</source>
        <translation>Conferma i dettagli della personalizzazione</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="15"/>
        <source>Confirm service details</source>
        <translation>Conferma i dettagli del servizio</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="16"/>
        <source>Unexpected problem</source>
        <translation>Problema imprevisto</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="17"/>
        <source>Order problem (cannot ship)</source>
        <translation>Problema con l’ordine (spedizione impossibile)</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="18"/>
        <source>Return follow-up</source>
        <translation>Aggiornamento su un reso</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="19"/>
        <source>Courtesy refund or replacement</source>
        <translation>Rimborso o sostituzione di cortesia</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="20"/>
        <source>Send the invoice</source>
        <translation>Invia la fattura</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="21"/>
        <source>Legal disclosure</source>
        <translation>Informazioni legali obbligatorie</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="22"/>
        <source>Warranty information</source>
        <translation>Informazioni sulla garanzia</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="23"/>
        <source>Digital access key</source>
        <translation>Chiave di accesso digitale</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="24"/>
        <source>Request a review</source>
        <translation>Richiedi una recensione</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="25"/>
        <source>Reply: order status</source>
        <translation>Risposta: stato dell’ordine</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="26"/>
        <source>Reply: return</source>
        <translation>Risposta: reso</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="27"/>
        <source>Reply: damaged or defective item</source>
        <translation>Risposta: articolo danneggiato o difettoso</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="28"/>
        <source>Reply: product question</source>
        <translation>Risposta: domanda sul prodotto</translation>
    </message>
</context>
<context>
    <name>RecoveryOffer</name>
    <message>
        <location filename="../ui/files/recovery_offer.cpp" line="14"/>
        <source>an untitled draft</source>
        <translation>una bozza senza titolo</translation>
    </message>
    <message>
        <location filename="../ui/files/recovery_offer.cpp" line="19"/>
        <source>Recover Draft</source>
        <translation>Recupera bozza</translation>
    </message>
    <message>
        <location filename="../ui/files/recovery_offer.cpp" line="20"/>
        <source>Permitted did not close normally while %1 had unsaved changes, last written %2.</source>
        <translation>Permitted non si è chiuso correttamente mentre %1 aveva modifiche non salvate (copia di recupero del %2).</translation>
    </message>
    <message>
        <location filename="../ui/files/recovery_offer.cpp" line="24"/>
        <source>“%1”

Restore it, with its order, or discard it?</source>
        <translation>«%1»

Ripristinare la bozza, con il relativo ordine, o scartarla?</translation>
    </message>
    <message>
        <location filename="../ui/files/recovery_offer.cpp" line="25"/>
        <source>&amp;Restore</source>
        <translation>&amp;Ripristina</translation>
    </message>
    <message>
        <location filename="../ui/files/recovery_offer.cpp" line="26"/>
        <source>&amp;Discard</source>
        <translation>&amp;Scarta</translation>
    </message>
    <message>
        <location filename="../ui/files/recovery_offer.cpp" line="27"/>
        <source>Ask &amp;Later</source>
        <translation>Chiedi più &amp;tardi</translation>
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
            <numerusform>%n errore</numerusform>
            <numerusform>%n errori</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/check/report.cpp" line="48"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avviso</numerusform>
            <numerusform>%n avvisi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/check/report.cpp" line="49"/>
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n suggerimento</numerusform>
            <numerusform>%n suggerimenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/check/report.cpp" line="50"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n file</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../core/detection/rule_catalog.cpp" line="95"/>
        <source>Instead: %1</source>
        <translation>Scrivere invece: %1</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="2"/>
        <source>Marketing content</source>
        <comment>promotional title</comment>
        <translation>Contenuti di marketing</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="3"/>
        <source>Amazon forbids marketing in buyer messages: coupons, discounts, sales, other products, newsletters, social media.</source>
        <comment>promotional why</comment>
        <translation>Amazon vieta il marketing nei messaggi agli acquirenti: coupon, sconti, saldi, altri prodotti, newsletter, social media.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="4"/>
        <source>Keep to what the buyer needs for this order; leave out offers and other products.</source>
        <comment>promotional instead</comment>
        <translation>Limitarsi a ciò che serve all’acquirente per questo ordine; omettere offerte e altri prodotti.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="5"/>
        <source>Incentive for a review</source>
        <comment>review-incentive title</comment>
        <translation>Incentivo in cambio di una recensione</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="6"/>
        <source>Offering anything in return for a review or feedback (money, gift card, free product, refund, future discount) is forbidden and can close the account.</source>
        <comment>review-incentive why</comment>
        <translation>Offrire qualsiasi cosa in cambio di una recensione o di un feedback (denaro, buoni regalo, prodotti gratuiti, rimborsi, sconti futuri) è vietato e può portare alla chiusura dell’account.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="7"/>
        <source>Ask for a review neutrally, without offering anything, or use Amazon&apos;s Request a Review button.</source>
        <comment>review-incentive instead</comment>
        <translation>Chiedere una recensione in modo neutro, senza offrire nulla, oppure usare il pulsante «Richiedi una recensione» di Amazon.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="8"/>
        <source>Asks for a positive review</source>
        <comment>review-positive-only title</comment>
        <translation>Richiesta di recensione positiva</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="9"/>
        <source>Amazon forbids asking for positive or five-star reviews, asking only satisfied buyers, or telling the buyer what to write.</source>
        <comment>review-positive-only why</comment>
        <translation>Amazon vieta di chiedere recensioni positive o a cinque stelle, di rivolgersi solo agli acquirenti soddisfatti o di dire all’acquirente cosa scrivere.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="10"/>
        <source>Ask every buyer the same neutral question: &quot;Would you share your experience with this product?&quot;</source>
        <comment>review-positive-only instead</comment>
        <translation>Porre a ogni acquirente la stessa domanda neutra: «Vuole condividere la Sua esperienza con questo prodotto?»</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="11"/>
        <source>Asks to change or remove a review</source>
        <comment>review-change-request title</comment>
        <translation>Richiesta di modificare o rimuovere una recensione</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="12"/>
        <source>Asking a buyer to remove, change or update a product review is forbidden.</source>
        <comment>review-change-request why</comment>
        <translation>È vietato chiedere a un acquirente di rimuovere, modificare o aggiornare una recensione del prodotto.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="13"/>
        <source>Solve the buyer&apos;s problem and leave the review as it is. For seller feedback, you may say neutrally that it can be updated once the problem is solved.</source>
        <comment>review-change-request instead</comment>
        <translation>Risolvere il problema dell’acquirente e lasciare la recensione così com’è. Per il feedback sul venditore si può dire in modo neutro che è possibile aggiornarlo una volta risolto il problema.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="14"/>
        <source>A neutral note that seller feedback can be updated is allowed only after the problem is solved.</source>
        <comment>review-change-request note seller-feedback</comment>
        <translation>Un cenno neutro al fatto che il feedback sul venditore può essere aggiornato è consentito solo dopo aver risolto il problema.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="15"/>
        <source>Second review request for this order</source>
        <comment>review-repeat title</comment>
        <translation>Seconda richiesta di recensione per questo ordine</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="16"/>
        <source>A review or feedback request may be sent only once per order, and one was already sent for this order.</source>
        <comment>review-repeat why</comment>
        <translation>Una richiesta di recensione o di feedback può essere inviata una sola volta per ordine, e per questo ordine è già stata inviata.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="17"/>
        <source>Do not ask again; remove the review request.</source>
        <comment>review-repeat instead</comment>
        <translation>Non chiedere di nuovo; rimuovere la richiesta di recensione.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="18"/>
        <source>Message only thanks or greets</source>
        <comment>thank-you-only title</comment>
        <translation>Messaggio di soli ringraziamenti o saluti</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="19"/>
        <source>A message that only thanks the buyer, greets them or says you are available has no permitted purpose and is not allowed.</source>
        <comment>thank-you-only why</comment>
        <translation>Un messaggio che si limita a ringraziare o salutare l’acquirente, o a dire che si è disponibili, non ha uno scopo consentito e non è ammesso.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="20"/>
        <source>Send a message only when you need something for the order, or have information the buyer needs.</source>
        <comment>thank-you-only instead</comment>
        <translation>Inviare un messaggio solo quando serve qualcosa per l’ordine o si hanno informazioni di cui l’acquirente ha bisogno.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="21"/>
        <source>Message only confirms the order or shipment</source>
        <comment>order-confirmation title</comment>
        <translation>Messaggio di sola conferma dell’ordine o della spedizione</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="22"/>
        <source>Amazon already confirms orders and shipments; a message that only repeats this is not allowed.</source>
        <comment>order-confirmation why</comment>
        <translation>Amazon conferma già ordini e spedizioni; un messaggio che si limita a ripeterlo non è consentito.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="23"/>
        <source>Do not send it, or add the information the buyer really needs (a delay, a missing detail).</source>
        <comment>order-confirmation instead</comment>
        <translation>Non inviarlo, oppure aggiungere le informazioni di cui l’acquirente ha davvero bisogno (un ritardo, un dettaglio mancante).</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="24"/>
        <source>Asks the buyer to cancel</source>
        <comment>cancel-request title</comment>
        <translation>Chiede all’acquirente di annullare</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="25"/>
        <source>You may not ask the buyer to request a cancellation; when an item cannot ship, cancel it yourself with the reason NoInventory or CouldNotShip.</source>
        <comment>cancel-request why</comment>
        <translation>Non è consentito chiedere all’acquirente di richiedere l’annullamento; se un articolo non può essere spedito, annullarlo direttamente con il motivo NoInventory o CouldNotShip.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="26"/>
        <source>Tell the buyer that the order was adjusted because the item cannot ship.</source>
        <comment>cancel-request instead</comment>
        <translation>Comunicare all’acquirente che l’ordine è stato modificato perché l’articolo non può essere spedito.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="27"/>
        <source>Steers the buyer away from Amazon</source>
        <comment>off-amazon title</comment>
        <translation>Dirotta l’acquirente fuori da Amazon</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="28"/>
        <source>Directing buyers to your own shop, social media, messaging apps, e-mail or phone is forbidden.</source>
        <comment>off-amazon why</comment>
        <translation>È vietato indirizzare gli acquirenti al proprio negozio, ai social media, ad app di messaggistica, all’e-mail o al telefono.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="29"/>
        <source>Keep the conversation in Amazon&apos;s Buyer-Seller Messaging.</source>
        <comment>off-amazon instead</comment>
        <translation>Mantenere la conversazione nel servizio di messaggistica acquirente-venditore di Amazon.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="30"/>
        <source>Unsubscribe or opt-out</source>
        <comment>opt-out-link title</comment>
        <translation>Disiscrizione o opt-out</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="31"/>
        <source>Buyer messages may not contain unsubscribe or opt-out links or instructions; Amazon manages the buyer&apos;s message preferences.</source>
        <comment>opt-out-link why</comment>
        <translation>I messaggi agli acquirenti non possono contenere link o istruzioni per disiscriversi o per l’opt-out; è Amazon a gestire le preferenze di messaggistica dell’acquirente.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="32"/>
        <source>Remove the unsubscribe line.</source>
        <comment>opt-out-link instead</comment>
        <translation>Rimuovere la riga di disiscrizione.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="33"/>
        <source>Offensive or sensitive wording</source>
        <comment>sensitive-content title</comment>
        <translation>Linguaggio offensivo o inappropriato</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="34"/>
        <source>Profanity, adult, violent or offensive language is forbidden in buyer messages.</source>
        <comment>sensitive-content why</comment>
        <translation>Volgarità e linguaggio per adulti, violento o offensivo sono vietati nei messaggi agli acquirenti.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="35"/>
        <source>Use neutral, courteous words.</source>
        <comment>sensitive-content instead</comment>
        <translation>Usare parole neutre e cortesi.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="36"/>
        <source>Insecure link (http)</source>
        <comment>insecure-link title</comment>
        <translation>Link non sicuro (http)</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="37"/>
        <source>Amazon blocks links that are not secure; only https links needed to complete the order are allowed.</source>
        <comment>insecure-link why</comment>
        <translation>Amazon blocca i link non sicuri; sono consentiti solo link https necessari per completare l’ordine.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="38"/>
        <source>Use https, or remove the link.</source>
        <comment>insecure-link instead</comment>
        <translation>Usare https oppure rimuovere il link.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="39"/>
        <source>Link outside Amazon</source>
        <comment>external-link title</comment>
        <translation>Link esterno ad Amazon</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="40"/>
        <source>Links are allowed only when needed to complete the order; a link to another site can get the message blocked.</source>
        <comment>external-link why</comment>
        <translation>I link sono consentiti solo se necessari per completare l’ordine; un link a un altro sito può far bloccare il messaggio.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="41"/>
        <source>Remove the link unless the buyer needs it for this order.</source>
        <comment>external-link instead</comment>
        <translation>Rimuovere il link, a meno che l’acquirente non ne abbia bisogno per questo ordine.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="42"/>
        <source>%1 is a carrier&apos;s tracking site: allowed when the buyer needs it.</source>
        <comment>external-link note carrier</comment>
        <translation>%1 è il sito di tracciamento di un corriere: consentito se l’acquirente ne ha bisogno.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="43"/>
        <source>%1 imitates an Amazon domain.</source>
        <comment>external-link note lookalike</comment>
        <translation>%1 imita un dominio di Amazon.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="44"/>
        <source>%1 is a link shortener: it hides where the link goes, and Amazon blocks it.</source>
        <comment>external-link note shortener</comment>
        <translation>%1 è un servizio per accorciare i link: nasconde la destinazione del link e Amazon lo blocca.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="45"/>
        <source>%1 is not an Amazon site.</source>
        <comment>external-link note site</comment>
        <translation>%1 non è un sito di Amazon.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="46"/>
        <source>E-mail address</source>
        <comment>email-address title</comment>
        <translation>Indirizzo e-mail</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="47"/>
        <source>E-mail addresses are forbidden in buyer messages, in any spelling.</source>
        <comment>email-address why</comment>
        <translation>Gli indirizzi e-mail sono vietati nei messaggi agli acquirenti, in qualunque forma siano scritti.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="48"/>
        <source>Remove the address; the buyer can answer through Amazon.</source>
        <comment>email-address instead</comment>
        <translation>Rimuovere l’indirizzo; l’acquirente può rispondere tramite Amazon.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="49"/>
        <source>Phone number</source>
        <comment>phone-number title</comment>
        <translation>Numero di telefono</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="50"/>
        <source>Phone numbers are forbidden in buyer messages.</source>
        <comment>phone-number why</comment>
        <translation>I numeri di telefono sono vietati nei messaggi agli acquirenti.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="51"/>
        <source>Remove the number; the buyer can answer through Amazon.</source>
        <comment>phone-number instead</comment>
        <translation>Rimuovere il numero; l’acquirente può rispondere tramite Amazon.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="52"/>
        <source>This looks like a warranty, carrier or manufacturer line: allowed only if the buyer needs it.</source>
        <comment>phone-number note service-line</comment>
        <translation>Sembra il numero di un servizio di garanzia, di un corriere o di un produttore: consentito solo se l’acquirente ne ha bisogno.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="53"/>
        <source>No order ID</source>
        <comment>missing-order-id title</comment>
        <translation>ID ordine mancante</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="54"/>
        <source>Every proactive message must name the 17-digit order ID it is about.</source>
        <comment>missing-order-id why</comment>
        <translation>Ogni messaggio proattivo deve indicare l’ID ordine di 17 cifre a cui si riferisce.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="55"/>
        <source>Add the order ID, or the {{order_id}} placeholder.</source>
        <comment>missing-order-id instead</comment>
        <translation>Aggiungere l’ID ordine o il segnaposto {{order_id}}.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="56"/>
        <source>Malformed order ID</source>
        <comment>invalid-order-id title</comment>
        <translation>ID ordine non valido</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="57"/>
        <source>An Amazon order ID has 17 digits in the form 123-1234567-1234567; this one has a different shape.</source>
        <comment>invalid-order-id why</comment>
        <translation>Un ID ordine Amazon ha 17 cifre nel formato 123-1234567-1234567; questo ha una forma diversa.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="58"/>
        <source>Copy the order ID from Seller Central.</source>
        <comment>invalid-order-id instead</comment>
        <translation>Copiare l’ID ordine da Seller Central.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="59"/>
        <source>Not in the buyer&apos;s language</source>
        <comment>language-mismatch title</comment>
        <translation>Non nella lingua dell’acquirente</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="60"/>
        <source>Messages must be written in the buyer&apos;s language of preference; this one appears to be in %1.</source>
        <comment>language-mismatch why</comment>
        <translation>I messaggi devono essere scritti nella lingua preferita dall’acquirente; questo sembra essere in %1.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="61"/>
        <source>Write the message in the buyer&apos;s language, or change the buyer language if it is wrong.</source>
        <comment>language-mismatch instead</comment>
        <translation>Scrivere il messaggio nella lingua dell’acquirente oppure, se è sbagliata, correggere la lingua dell’acquirente.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="62"/>
        <source>Not all checks ran</source>
        <comment>unchecked-language title</comment>
        <translation>Non tutti i controlli sono stati eseguiti</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="63"/>
        <source>Permitted has no rules yet for what messages in %1 say, so these checks did not run: %2.</source>
        <comment>unchecked-language why</comment>
        <translation>Permitted non ha ancora regole sul contenuto dei messaggi in %1, quindi questi controlli non sono stati eseguiti: %2.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="64"/>
        <source>Check those points yourself before you send the message.</source>
        <comment>unchecked-language instead</comment>
        <translation>Verificare personalmente questi punti prima di inviare il messaggio.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="65"/>
        <source>Too late for a proactive message</source>
        <comment>outside-window title</comment>
        <translation>Troppo tardi per un messaggio proattivo</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="66"/>
        <source>Proactive messages are allowed only within 30 days of order completion; this order completed %1 days ago.</source>
        <comment>outside-window why</comment>
        <translation>I messaggi proattivi sono consentiti solo entro 30 giorni dal completamento dell’ordine; questo ordine è stato completato %1 giorni fa.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="67"/>
        <source>Do not send it; answer only if the buyer writes first.</source>
        <comment>outside-window instead</comment>
        <translation>Non inviarlo; rispondere solo se è l’acquirente a scrivere per primo.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="68"/>
        <source>Message too long</source>
        <comment>message-length title</comment>
        <translation>Messaggio troppo lungo</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="69"/>
        <source>This contact reason allows %1 characters; the message has %2.</source>
        <comment>message-length why</comment>
        <translation>Questo motivo del contatto consente %1 caratteri; il messaggio ne ha %2.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="70"/>
        <source>Shorten the message.</source>
        <comment>message-length instead</comment>
        <translation>Accorciare il messaggio.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="71"/>
        <source>HTML in a text message</source>
        <comment>html-in-text title</comment>
        <translation>HTML in un messaggio di testo</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="72"/>
        <source>Plain-text messages may not contain HTML markup; Amazon shows it as is or blocks the message.</source>
        <comment>html-in-text why</comment>
        <translation>I messaggi in testo semplice non possono contenere markup HTML; Amazon lo mostra così com’è o blocca il messaggio.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="73"/>
        <source>Remove the markup, or write an HTML e-mail reply.</source>
        <comment>html-in-text instead</comment>
        <translation>Rimuovere il markup oppure scrivere una risposta e-mail in HTML.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="74"/>
        <source>In the text channel this link loses its address %1: write the address out, or remove the link.</source>
        <comment>html-in-text note hidden-link</comment>
        <translation>Nel canale di testo questo link perde il suo indirizzo %1: scrivere l’indirizzo per esteso o rimuovere il link.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="75"/>
        <source>Seller Central&apos;s text box carries no pictures: this one would be lost.</source>
        <comment>html-in-text note picture</comment>
        <translation>La casella di testo di Seller Central non trasmette immagini: questa andrebbe persa.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="76"/>
        <source>Attachment not allowed</source>
        <comment>attachment-type title</comment>
        <translation>Allegato non consentito</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="77"/>
        <source>Attachments are limited to invoices, shipping labels, custom designs, product instructions, warranties and legal disclosures: at most 5 files and 10 MB in all.</source>
        <comment>attachment-type why</comment>
        <translation>Gli allegati sono limitati a fatture, etichette di spedizione, design personalizzati, istruzioni per il prodotto, garanzie e informazioni legali obbligatorie: al massimo 5 file e 10 MB in totale.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="78"/>
        <source>Remove the attachment or send only the documents the reason allows.</source>
        <comment>attachment-type instead</comment>
        <translation>Rimuovere l’allegato o inviare solo i documenti consentiti per questo motivo del contatto.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="79"/>
        <source>%1 is not a document type Amazon accepts.</source>
        <comment>attachment-type note file-type</comment>
        <translation>%1 non è un tipo di documento accettato da Amazon.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="80"/>
        <source>This contact reason allows no attachment.</source>
        <comment>attachment-type note reason</comment>
        <translation>Questo motivo del contatto non consente allegati.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="81"/>
        <source>The attachments weigh %1 MB in all; at most 10 MB are allowed.</source>
        <comment>attachment-type note too-large</comment>
        <translation>Gli allegati pesano %1 MB in totale; sono consentiti al massimo 10 MB.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="82"/>
        <source>%1 files attached; at most 5 are allowed.</source>
        <comment>attachment-type note too-many</comment>
        <translation>%1 file allegati; ne sono consentiti al massimo 5.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="83"/>
        <source>Unknown placeholder</source>
        <comment>unknown-placeholder title</comment>
        <translation>Segnaposto sconosciuto</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="84"/>
        <source>%1 is not a placeholder Permitted can fill; it would reach the buyer as is.</source>
        <comment>unknown-placeholder why</comment>
        <translation>%1 non è un segnaposto che Permitted sa compilare; arriverebbe all’acquirente così com’è.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="85"/>
        <source>Use one of the known placeholders, such as {{order_id}} or {{buyer_name}}.</source>
        <comment>unknown-placeholder instead</comment>
        <translation>Usare uno dei segnaposto noti, come {{order_id}} o {{buyer_name}}.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="86"/>
        <source>Another tool&apos;s placeholder</source>
        <comment>foreign-placeholder title</comment>
        <translation>Segnaposto di un altro strumento</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="87"/>
        <source>%1 is written in another tool&apos;s placeholder syntax; Permitted fills only its own, such as %2.</source>
        <comment>foreign-placeholder why</comment>
        <translation>%1 è scritto nella sintassi dei segnaposto di un altro strumento; Permitted compila solo i propri, come %2.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="88"/>
        <source>Write the placeholder as %2, so that Permitted fills it from the order.</source>
        <comment>foreign-placeholder instead</comment>
        <translation>Scrivere il segnaposto come %2, in modo che Permitted lo compili con i dati dell’ordine.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="89"/>
        <source>Placeholder not filled</source>
        <comment>unfilled-placeholder title</comment>
        <translation>Segnaposto non compilato</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="90"/>
        <source>%1 has no value yet; the buyer would see it as is.</source>
        <comment>unfilled-placeholder why</comment>
        <translation>%1 non ha ancora un valore; l’acquirente lo vedrebbe così com’è.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="91"/>
        <source>Fill it from the order before copying the message.</source>
        <comment>unfilled-placeholder instead</comment>
        <translation>Compilarlo con i dati dell’ordine prima di copiare il messaggio.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="92"/>
        <source>Placeholders differ from the source</source>
        <comment>placeholder-mismatch title</comment>
        <translation>Segnaposto diversi dall’originale</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="93"/>
        <source>This translation lacks or adds %1 compared with its source language.</source>
        <comment>placeholder-mismatch why</comment>
        <translation>Rispetto alla lingua originale, questa traduzione omette o aggiunge %1.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="94"/>
        <source>Use the same placeholders in every language of the template.</source>
        <comment>placeholder-mismatch instead</comment>
        <translation>Usare gli stessi segnaposto in tutte le lingue del modello.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="95"/>
        <source>&quot;[Important]&quot; in the subject</source>
        <comment>subject-important title</comment>
        <translation>«[Important]» nell’oggetto</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="96"/>
        <source>Amazon removed the Important option from buyer messages; a subject marked this way looks like an attempt to get around it.</source>
        <comment>subject-important why</comment>
        <translation>Amazon ha rimosso l’opzione Important dai messaggi agli acquirenti; un oggetto contrassegnato così sembra un tentativo di aggirarla.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="97"/>
        <source>Remove the marker and describe the subject plainly.</source>
        <comment>subject-important instead</comment>
        <translation>Rimuovere il contrassegno e descrivere l’oggetto in modo semplice.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="98"/>
        <source>Emoji or emoticon</source>
        <comment>emoji title</comment>
        <translation>Emoji o emoticon</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="99"/>
        <source>Emojis and emoticons are forbidden in buyer messages.</source>
        <comment>emoji why</comment>
        <translation>Emoji ed emoticon sono vietate nei messaggi agli acquirenti.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="100"/>
        <source>Remove it; say it in words if it matters.</source>
        <comment>emoji instead</comment>
        <translation>Rimuoverla; se conta, esprimere il concetto a parole.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="101"/>
        <source>Too many line breaks</source>
        <comment>consecutive-line-breaks title</comment>
        <translation>Troppe interruzioni di riga</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="102"/>
        <source>Amazon allows at most two line breaks in a row (one blank line).</source>
        <comment>consecutive-line-breaks why</comment>
        <translation>Amazon consente al massimo due interruzioni di riga consecutive (una riga vuota).</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="103"/>
        <source>Keep a single blank line between paragraphs.</source>
        <comment>consecutive-line-breaks instead</comment>
        <translation>Lasciare una sola riga vuota tra i paragrafi.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="104"/>
        <source>Possible misspelling</source>
        <comment>spelling title</comment>
        <translation>Possibile errore di ortografia</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="105"/>
        <source>%1 is not in the %2 dictionary.</source>
        <comment>spelling why</comment>
        <translation>%1 non è presente nel dizionario %2.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="106"/>
        <source>Check the spelling, or add the word to your dictionary.</source>
        <comment>spelling instead</comment>
        <translation>Controllare l’ortografia o aggiungere la parola al dizionario personale.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="107"/>
        <source>Possible grammar or typing error</source>
        <comment>grammar title</comment>
        <translation>Possibile errore di grammatica o di battitura</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="108"/>
        <source>This looks like a typing or grammar mistake.</source>
        <comment>grammar why</comment>
        <translation>Sembra un errore di battitura o di grammatica.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="109"/>
        <source>Check the sentence.</source>
        <comment>grammar instead</comment>
        <translation>Controllare la frase.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="110"/>
        <source>The punctuation is doubled.</source>
        <comment>grammar note doubled-punctuation</comment>
        <translation>La punteggiatura è ripetuta.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="111"/>
        <source>The sentence starts with a lower-case letter.</source>
        <comment>grammar note lowercase-start</comment>
        <translation>La frase inizia con una lettera minuscola.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="112"/>
        <source>A space is missing after the punctuation.</source>
        <comment>grammar note missing-space</comment>
        <translation>Manca uno spazio dopo la punteggiatura.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="113"/>
        <source>The word %1 is repeated.</source>
        <comment>grammar note repeated-word</comment>
        <translation>La parola %1 è ripetuta.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="114"/>
        <source>%1 has no matching partner.</source>
        <comment>grammar note unbalanced</comment>
        <translation>%1 non ha il simbolo di apertura o di chiusura corrispondente.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="115"/>
        <source>More than three font sizes</source>
        <comment>font-sizes title</comment>
        <translation>Più di tre dimensioni di carattere</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="116"/>
        <source>Amazon allows at most three distinct font sizes in a message.</source>
        <comment>font-sizes why</comment>
        <translation>Amazon consente al massimo tre diverse dimensioni di carattere in un messaggio.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="117"/>
        <source>Keep the body in one size; use bold for what must stand out.</source>
        <comment>font-sizes instead</comment>
        <translation>Usare una sola dimensione per il corpo del messaggio e il grassetto per ciò che deve risaltare.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="118"/>
        <source>Font, colour or line height changed</source>
        <comment>font-override title</comment>
        <translation>Carattere, colore o interlinea modificati</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="119"/>
        <source>Amazon does not allow a message to override the buyer&apos;s font family, font colour or line height.</source>
        <comment>font-override why</comment>
        <translation>Amazon non consente a un messaggio di imporre tipo di carattere, colore del testo o interlinea diversi da quelli dell’acquirente.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="120"/>
        <source>Clear the font, colour and line spacing; the buyer&apos;s mail client sets them.</source>
        <comment>font-override instead</comment>
        <translation>Rimuovere carattere, colore e interlinea; li imposta il programma di posta dell’acquirente.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="121"/>
        <source>A style sheet in the message sets %1.</source>
        <comment>font-override note sheet</comment>
        <translation>Un foglio di stile nel messaggio imposta %1.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="122"/>
        <source>Centred or aligned text</source>
        <comment>text-alignment title</comment>
        <translation>Testo centrato o allineato</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="123"/>
        <source>Amazon does not allow centred, right-aligned or justified text in a message.</source>
        <comment>text-alignment why</comment>
        <translation>Amazon non consente testo centrato, allineato a destra o giustificato in un messaggio.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="124"/>
        <source>Leave the paragraph aligned as the buyer&apos;s mail client sets it.</source>
        <comment>text-alignment instead</comment>
        <translation>Lasciare il paragrafo allineato come lo imposta il programma di posta dell’acquirente.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="125"/>
        <source>A style sheet in the message sets %1.</source>
        <comment>text-alignment note sheet</comment>
        <translation>Un foglio di stile nel messaggio imposta %1.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="126"/>
        <source>Margins too wide</source>
        <comment>margin-width title</comment>
        <translation>Margini troppo ampi</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="127"/>
        <source>Margins or padding may take at most 20% of the message width (120 px of Amazon&apos;s 600 px column).</source>
        <comment>margin-width why</comment>
        <translation>Margini o spaziatura interna possono occupare al massimo il 20% della larghezza del messaggio (120 px della colonna di 600 px di Amazon).</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="128"/>
        <source>Remove the margin or indent of this paragraph.</source>
        <comment>margin-width instead</comment>
        <translation>Rimuovere il margine o il rientro di questo paragrafo.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="129"/>
        <source>A style sheet in the message sets %1.</source>
        <comment>margin-width note sheet</comment>
        <translation>Un foglio di stile nel messaggio imposta %1.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="130"/>
        <source>Picture too wide</source>
        <comment>image-width title</comment>
        <translation>Immagine troppo larga</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="131"/>
        <source>A picture may be at most 80% of the message width: 480 px of Amazon&apos;s 600 px column.</source>
        <comment>image-width why</comment>
        <translation>Un’immagine può occupare al massimo l’80% della larghezza del messaggio: 480 px della colonna di 600 px di Amazon.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="132"/>
        <source>Fit the picture to 480 px or less.</source>
        <comment>image-width instead</comment>
        <translation>Adattare l’immagine a 480 px o meno.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="133"/>
        <source>The picture gives no width, so it may show wider than 480 px.</source>
        <comment>image-width note unknown-width</comment>
        <translation>L’immagine non indica una larghezza, quindi potrebbe apparire più larga di 480 px.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="134"/>
        <source>Picture loaded over http</source>
        <comment>insecure-image title</comment>
        <translation>Immagine caricata tramite http</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="135"/>
        <source>Amazon blocks pictures loaded over an insecure http:// address.</source>
        <comment>insecure-image why</comment>
        <translation>Amazon blocca le immagini caricate da un indirizzo http:// non sicuro.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="136"/>
        <source>Load the picture over https://.</source>
        <comment>insecure-image instead</comment>
        <translation>Caricare l’immagine tramite https://.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="137"/>
        <source>This picture is not on the web over https (%1): the buyer&apos;s mail client cannot load it, or not safely.</source>
        <comment>insecure-image note not-https</comment>
        <translation>Questa immagine non è sul web tramite https (%1): il programma di posta dell’acquirente non può caricarla, o non in modo sicuro.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="138"/>
        <source>Tracking pixel</source>
        <comment>tracking-pixel title</comment>
        <translation>Pixel di tracciamento</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="139"/>
        <source>Tiny or hidden pictures and pictures from open-tracking services report to the sender when the buyer reads the message; Amazon forbids them.</source>
        <comment>tracking-pixel why</comment>
        <translation>Le immagini minuscole o nascoste e quelle dei servizi di tracciamento delle aperture segnalano al mittente quando l’acquirente legge il messaggio; Amazon le vieta.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="140"/>
        <source>Remove the picture.</source>
        <comment>tracking-pixel instead</comment>
        <translation>Rimuovere l’immagine.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="141"/>
        <source>GIF picture</source>
        <comment>animated-gif title</comment>
        <translation>Immagine GIF</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="142"/>
        <source>Amazon does not allow GIF pictures (animated pictures) in messages.</source>
        <comment>animated-gif why</comment>
        <translation>Amazon non consente immagini GIF (immagini animate) nei messaggi.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="143"/>
        <source>Use a still PNG or JPEG picture, or none.</source>
        <comment>animated-gif instead</comment>
        <translation>Usare un’immagine statica PNG o JPEG, oppure nessuna.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="144"/>
        <source>Picture without a description</source>
        <comment>image-alt title</comment>
        <translation>Immagine senza descrizione</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="145"/>
        <source>Every picture needs an alternative text for buyers who cannot see it.</source>
        <comment>image-alt why</comment>
        <translation>Ogni immagine deve avere un testo alternativo per gli acquirenti che non possono vederla.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="146"/>
        <source>Describe the picture in a few words.</source>
        <comment>image-alt instead</comment>
        <translation>Descrivere l’immagine in poche parole.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="147"/>
        <source>Picture linking outside Amazon</source>
        <comment>logo-link title</comment>
        <translation>Immagine con link esterno ad Amazon</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="148"/>
        <source>A picture (a logo) may not link to a site outside Amazon.</source>
        <comment>logo-link why</comment>
        <translation>Un’immagine (un logo) non può rimandare a un sito esterno ad Amazon.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="149"/>
        <source>Remove the link from the picture.</source>
        <comment>logo-link instead</comment>
        <translation>Rimuovere il link dall’immagine.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="150"/>
        <source>Product photo</source>
        <comment>product-image title</comment>
        <translation>Foto del prodotto</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="151"/>
        <source>Amazon shows the product&apos;s picture beside the message itself; a product photo in the body is usually not needed.</source>
        <comment>product-image why</comment>
        <translation>Amazon mostra già l’immagine del prodotto accanto al messaggio; una foto del prodotto nel corpo del messaggio di solito non serve.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="152"/>
        <source>Remove the photo unless the buyer needs it (a defect, an assembly step).</source>
        <comment>product-image instead</comment>
        <translation>Rimuovere la foto, a meno che l’acquirente non ne abbia bisogno (un difetto, una fase di montaggio).</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="153"/>
        <source>Link text does not say where it goes</source>
        <comment>link-text title</comment>
        <translation>Il testo del link non indica la destinazione</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="154"/>
        <source>Amazon requires link text that describes the destination; &quot;click here&quot; and empty links are not allowed.</source>
        <comment>link-text why</comment>
        <translation>Amazon richiede un testo del link che descriva la destinazione; «clicca qui» e i link vuoti non sono consentiti.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="155"/>
        <source>Use the destination as the link text, for example &quot;tracking page for your parcel&quot;.</source>
        <comment>link-text instead</comment>
        <translation>Usare la destinazione come testo del link, ad esempio «pagina di tracciamento del Suo pacco».</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/editor/main.cpp" line="183"/>
        <source>Write messages to Amazon buyers that pass Amazon&apos;s messaging rules.</source>
        <translation>Scrivere agli acquirenti Amazon messaggi conformi alle regole di messaggistica di Amazon.</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="187"/>
        <source>Save a picture of the window to PNG once the draft is checked, then exit.</source>
        <translation>Salvare un’immagine PNG della finestra una volta controllata la bozza, poi uscire.</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="195"/>
        <source>Print the findings for FILE as permitted-check&apos;s JSON, then exit.</source>
        <translation>Stampare i problemi di FILE nel formato JSON di permitted-check, poi uscire.</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="197"/>
        <source>Write what the copy actions would copy to OUT (.html or .txt), then exit.</source>
        <translation>Scrivere in OUT (.html o .txt) ciò che i comandi di copia copierebbero, poi uscire.</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="202"/>
        <source>Write the template library to OUT.json, then exit.</source>
        <translation>Scrivere la libreria dei modelli in OUT.json, poi uscire.</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="205"/>
        <source>Add the templates of IN.json to the library, then exit.</source>
        <translation>Aggiungere alla libreria i modelli di IN.json, poi uscire.</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="208"/>
        <source>With --import-library: replace a template the library has, instead of keeping both.</source>
        <translation>Con --import-library: sostituire un modello già presente nella libreria invece di conservarli entrambi.</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="212"/>
        <source>The buyer&apos;s language.</source>
        <translation>La lingua dell’acquirente.</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="213"/>
        <source>The marketplace.</source>
        <translation>Il marketplace.</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="214"/>
        <source>reply or proactive.</source>
        <translation>reply (risposta) o proactive (proattivo).</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="215"/>
        <source>html or text.</source>
        <translation>html o text.</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="216"/>
        <source>The draft to open.</source>
        <translation>La bozza da aprire.</translation>
    </message>
</context>
<context>
    <name>permitted::AddLanguageDialog</name>
    <message>
        <location filename="../ui/library/add_language_dialog.cpp" line="16"/>
        <source>Start from the &amp;built-in template in that language</source>
        <translation>A partire dal modello &amp;integrato in quella lingua</translation>
    </message>
    <message>
        <location filename="../ui/library/add_language_dialog.cpp" line="17"/>
        <source>Start from a &amp;copy of the %1 text, to translate</source>
        <translation>A partire da una &amp;copia del testo (%1), da tradurre</translation>
    </message>
    <message>
        <location filename="../ui/library/add_language_dialog.cpp" line="20"/>
        <source>Add Language</source>
        <translation>Aggiungi lingua</translation>
    </message>
    <message>
        <location filename="../ui/library/add_language_dialog.cpp" line="26"/>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <location filename="../ui/library/add_language_dialog.cpp" line="28"/>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
</context>
<context>
    <name>permitted::CheckedTextEdit</name>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="79"/>
        <source>F1: this rule in the rules reference, with examples</source>
        <translation>F1: questa regola nella guida alle regole, con esempi</translation>
    </message>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="106"/>
        <source>Describe the Picture</source>
        <translation>Descrivi l’immagine</translation>
    </message>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="107"/>
        <source>A few words for buyers who cannot see the picture:</source>
        <translation>Qualche parola per gli acquirenti che non possono vedere l’immagine:</translation>
    </message>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="150"/>
        <source>No suggestions</source>
        <translation>Nessun suggerimento</translation>
    </message>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="151"/>
        <source>Add “%1” to Dictionary</source>
        <translation>Aggiungi «%1» al dizionario</translation>
    </message>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="154"/>
        <source>Add to Dictionary</source>
        <translation>Aggiungi al dizionario</translation>
    </message>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="155"/>
        <source>The word could not be saved to your dictionary: %1</source>
        <translation>Impossibile salvare la parola nel dizionario personale: %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="159"/>
        <source>Ignore Here</source>
        <translation>Ignora qui</translation>
    </message>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="160"/>
        <source>About This Rule</source>
        <translation>Informazioni su questa regola</translation>
    </message>
</context>
<context>
    <name>permitted::DraftSession</name>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="35"/>
        <source>Untitled</source>
        <translation>Senza titolo</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="64"/>
        <location filename="../ui/files/draft_session.cpp" line="77"/>
        <source>Open Draft</source>
        <translation>Apri bozza</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="65"/>
        <source>Drafts (*.html *.htm *.txt);;All files (*)</source>
        <translation>Bozze (*.html *.htm *.txt);;Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="76"/>
        <source>%1 cannot be opened: %2.</source>
        <translation>Impossibile aprire %1: %2.</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="121"/>
        <location filename="../ui/files/draft_session.cpp" line="129"/>
        <source>Save Draft As</source>
        <translation>Salva bozza con nome</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="122"/>
        <source>HTML draft (*.html);;Plain text, body only (*.txt)</source>
        <translation>Bozza HTML (*.html);;Testo semplice, solo corpo (*.txt)</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="130"/>
        <source>A plain-text draft keeps the body only: the subject and the formatting are not saved. Save anyway?</source>
        <translation>Una bozza in testo semplice conserva solo il corpo del messaggio: l’oggetto e la formattazione non vengono salvati. Salvare comunque?</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="142"/>
        <source>Save Draft</source>
        <translation>Salva bozza</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="143"/>
        <source>%1 could not be saved: %2
Your text is still here; try another folder.</source>
        <translation>Impossibile salvare %1: %2
Il testo è ancora qui; provare con un’altra cartella.</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="162"/>
        <source>Unsaved Changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="162"/>
        <source>Save the changes to %1 before going on?</source>
        <translation>Salvare le modifiche a %1 prima di continuare?</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="207"/>
        <source>Clear Recent Files</source>
        <translation>Cancella l’elenco dei file recenti</translation>
    </message>
</context>
<context>
    <name>permitted::FindBar</name>
    <message>
        <location filename="../ui/editor/find_bar.cpp" line="16"/>
        <source>Match &amp;case</source>
        <translation>Maiuscole/minus&amp;cole</translation>
    </message>
    <message>
        <location filename="../ui/editor/find_bar.cpp" line="16"/>
        <source>&amp;Whole words</source>
        <translation>Parole int&amp;ere</translation>
    </message>
    <message>
        <location filename="../ui/editor/find_bar.cpp" line="20"/>
        <source>Find</source>
        <translation>Trova</translation>
    </message>
    <message>
        <location filename="../ui/editor/find_bar.cpp" line="21"/>
        <source>Text to find</source>
        <translation>Testo da trovare</translation>
    </message>
    <message>
        <location filename="../ui/editor/find_bar.cpp" line="23"/>
        <source>Replace with</source>
        <translation>Sostituisci con</translation>
    </message>
    <message>
        <location filename="../ui/editor/find_bar.cpp" line="24"/>
        <source>Replacement text</source>
        <translation>Testo sostitutivo</translation>
    </message>
    <message>
        <location filename="../ui/editor/find_bar.cpp" line="27"/>
        <source>&amp;Previous</source>
        <translation>&amp;Precedente</translation>
    </message>
    <message>
        <location filename="../ui/editor/find_bar.cpp" line="28"/>
        <source>&amp;Next</source>
        <translation>&amp;Successivo</translation>
    </message>
    <message>
        <location filename="../ui/editor/find_bar.cpp" line="31"/>
        <source>Close (Escape)</source>
        <translation>Chiudi (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/editor/find_bar.cpp" line="32"/>
        <source>Close the find bar</source>
        <translation>Chiudi la barra di ricerca</translation>
    </message>
    <message>
        <location filename="../ui/editor/find_bar.cpp" line="34"/>
        <source>&amp;Replace</source>
        <translation>Sostit&amp;uisci</translation>
    </message>
    <message>
        <location filename="../ui/editor/find_bar.cpp" line="35"/>
        <source>Replace &amp;All</source>
        <translation>Sostituisci &amp;tutto</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/find_bar.cpp" line="154"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n sostituzione</numerusform>
            <numerusform>%n sostituzioni</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editor/find_bar.cpp" line="162"/>
        <source>Not found</source>
        <translation>Non trovato</translation>
    </message>
</context>
<context>
    <name>permitted::FormatToolBar</name>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="21"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="32"/>
        <source>B</source>
        <translation>G</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="32"/>
        <source>Bold</source>
        <translation>Grassetto</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="33"/>
        <source>I</source>
        <translation>C</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="33"/>
        <source>Italic</source>
        <translation>Corsivo</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="34"/>
        <source>U</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="34"/>
        <source>Underline</source>
        <translation>Sottolineato</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="61"/>
        <source>Font size</source>
        <translation>Dimensione carattere</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="73"/>
        <source>Bulleted List</source>
        <translation>Elenco puntato</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="74"/>
        <source>Numbered List</source>
        <translation>Elenco numerato</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="85"/>
        <source>Align Left</source>
        <translation>Allinea a sinistra</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="85"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="86"/>
        <source>Center</source>
        <translation>Centra</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="86"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="87"/>
        <source>Align Right</source>
        <translation>Allinea a destra</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="87"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="88"/>
        <source>Justify</source>
        <translation>Giustifica</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="88"/>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="104"/>
        <source>Insert Link…</source>
        <translation>Inserisci link…</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="105"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="106"/>
        <source>Insert Image…</source>
        <translation>Inserisci immagine…</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="147"/>
        <source>Insert Link</source>
        <translation>Inserisci link</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="147"/>
        <source>Address of the link:</source>
        <translation>Indirizzo del link:</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="168"/>
        <source>Insert Image</source>
        <translation>Inserisci immagine</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="168"/>
        <source>Address of the image:</source>
        <translation>Indirizzo dell’immagine:</translation>
    </message>
</context>
<context>
    <name>permitted::LibraryPanel</name>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="29"/>
        <source>Subject: %1</source>
        <translation>Oggetto: %1</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="37"/>
        <location filename="../ui/library/library_panel.cpp" line="43"/>
        <source>Search templates</source>
        <translation>Cerca nei modelli</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="38"/>
        <source>Templates</source>
        <translation>Modelli</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="40"/>
        <source>Text of the selected template</source>
        <translation>Testo del modello selezionato</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="46"/>
        <source>Template</source>
        <translation>Modello</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="46"/>
        <source>Languages</source>
        <translation>Lingue</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="58"/>
        <source>New…</source>
        <translation>Nuovo…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="58"/>
        <source>A new template from a built-in one or from the message in the editor</source>
        <translation>Un nuovo modello a partire da uno integrato o dal messaggio nell’editor</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="60"/>
        <source>Duplicate</source>
        <translation>Duplica</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="62"/>
        <source>Rename…</source>
        <translation>Rinomina…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="64"/>
        <source>Tags…</source>
        <translation>Tag…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="66"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="74"/>
        <source>More</source>
        <translation>Altro</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="77"/>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="78"/>
        <source>Redo</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="86"/>
        <source>Export Selected…</source>
        <translation>Esporta selezionati…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="87"/>
        <source>Export All…</source>
        <translation>Esporta tutti…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="88"/>
        <source>Import…</source>
        <translation>Importa…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="116"/>
        <source>New Template from This…</source>
        <translation>Nuovo modello da questo…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="124"/>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="167"/>
        <source>%1: source</source>
        <translation>%1: originale</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="169"/>
        <source>%1 (to review)</source>
        <translation>%1 (da rivedere)</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="170"/>
        <source>%1: to review</source>
        <translation>%1: da rivedere</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="173"/>
        <source>%1: translated</source>
        <translation>%1: tradotto</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="214"/>
        <source>%1
Tags: %2</source>
        <translation>%1
Tag: %2</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="226"/>
        <source>Your template library could not be opened: %1</source>
        <translation>Impossibile aprire la libreria dei modelli: %1</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="228"/>
        <source>No templates yet. “New…” starts one from a built-in template, in any buyer language.</source>
        <translation>Ancora nessun modello. «Nuovo…» ne crea uno a partire da un modello integrato, in qualsiasi lingua dell’acquirente.</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="230"/>
        <source>No template matches “%1”.</source>
        <translation>Nessun modello corrisponde a «%1».</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="247"/>
        <source>Built-in templates (read-only)</source>
        <translation>Modelli integrati (sola lettura)</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="254"/>
        <source>Permitted&apos;s own templates: “New…” or a double click copies one into your library</source>
        <translation>I modelli forniti con Permitted: «Nuovo…» o un doppio clic ne copia uno nella libreria</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="266"/>
        <source>%1
Built-in, in %2: a double click copies it into your library</source>
        <translation>%1
Modello integrato (%2): un doppio clic lo copia nella libreria</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="326"/>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="327"/>
        <source>Duplicate “%1”</source>
        <translation>Duplica «%1»</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="337"/>
        <source>Rename Template</source>
        <translation>Rinomina modello</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="337"/>
        <source>New name:</source>
        <translation>Nuovo nome:</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="348"/>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="348"/>
        <source>Tags of “%1”, separated by commas:</source>
        <translation>Tag di «%1», separati da virgole:</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="365"/>
        <source>Delete Template</source>
        <translation>Elimina modello</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/library_panel.cpp" line="366"/>
        <source>Delete the template “%1” and its %n language(s)?</source>
        <translation>
            <numerusform>Eliminare il modello «%1» e la sua lingua?</numerusform>
            <numerusform>Eliminare il modello «%1» e le sue %n lingue?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="367"/>
        <source>Edit ▸ Undo in this panel (Ctrl+Z) brings it back.</source>
        <translation>Modifica ▸ Annulla in questo pannello (Ctrl+Z) lo ripristina.</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="372"/>
        <source>Deleted “%1”. Undo brings it back.</source>
        <translation>«%1» eliminato. Annulla lo ripristina.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/library_panel.cpp" line="379"/>
        <location filename="../ui/library/library_panel.cpp" line="389"/>
        <source>%n template(s) exported.</source>
        <translation>
            <numerusform>%n modello esportato.</numerusform>
            <numerusform>%n modelli esportati.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>permitted::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="74"/>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="75"/>
        <source>Write your message to the buyer here.</source>
        <translation>Scrivere qui il messaggio per l’acquirente.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="76"/>
        <source>Message to the buyer</source>
        <translation>Messaggio all’acquirente</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="87"/>
        <source>&amp;Subject:</source>
        <translation>O&amp;ggetto:</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="107"/>
        <source>Loading the rules…</source>
        <translation>Caricamento delle regole…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="149"/>
        <location filename="../ui/main_window.cpp" line="427"/>
        <source>Template Library</source>
        <translation>Libreria dei modelli</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="150"/>
        <source>A change could not be saved in your template library: %1

The text is still in the editor.</source>
        <translation>Impossibile salvare una modifica nella libreria dei modelli: %1

Il testo è ancora nell’editor.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="187"/>
        <source>The recovery copy of this draft could not be written in %1: save the draft yourself.</source>
        <translation>Impossibile scrivere la copia di recupero di questa bozza in %1: salvare la bozza manualmente.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="218"/>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="218"/>
        <source>Your dictionary could not be saved: %1</source>
        <translation>Impossibile salvare il dizionario personale: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="222"/>
        <source>The interface language changes when Permitted starts again.</source>
        <translation>La lingua dell’interfaccia cambierà al prossimo avvio di Permitted.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="229"/>
        <source>The rules are still loading; the reference opens once they are.</source>
        <translation>Caricamento delle regole in corso; la guida si aprirà al termine.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="262"/>
        <source>The draft was restored; it is not saved yet.</source>
        <translation>La bozza è stata ripristinata; non è ancora salvata.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="284"/>
        <location filename="../ui/main_window.cpp" line="288"/>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="289"/>
        <source>Templates</source>
        <translation>Modelli</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="291"/>
        <source>Problems</source>
        <translation>Problemi</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="292"/>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="305"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="306"/>
        <source>&amp;New</source>
        <translation>&amp;Nuovo</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="307"/>
        <source>&amp;Open…</source>
        <translation>&amp;Apri…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="308"/>
        <source>Open &amp;Recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="309"/>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="311"/>
        <source>Save &amp;As…</source>
        <translation>Salva &amp;con nome…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="311"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="313"/>
        <source>Copy for Seller &amp;Central</source>
        <translation>Co&amp;pia per Seller Central</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="313"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="314"/>
        <source>Copy as &amp;HTML E-mail</source>
        <translation>Copia come e-mail &amp;HTML</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="314"/>
        <source>Ctrl+Alt+C</source>
        <translation>Ctrl+Alt+C</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="316"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="319"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="325"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="328"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="331"/>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="333"/>
        <source>Cu&amp;t</source>
        <translation>Ta&amp;glia</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="334"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="335"/>
        <source>&amp;Paste</source>
        <translation>&amp;Incolla</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="336"/>
        <source>Select &amp;All</source>
        <translation>Seleziona t&amp;utto</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="339"/>
        <source>Pr&amp;eferences…</source>
        <translation>Pr&amp;eferenze…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="341"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="344"/>
        <source>&amp;Find…</source>
        <translation>&amp;Trova…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="345"/>
        <source>Find &amp;Next</source>
        <translation>Trova &amp;successivo</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="346"/>
        <source>Find Pre&amp;vious</source>
        <translation>Trova &amp;precedente</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="348"/>
        <source>R&amp;eplace…</source>
        <translation>S&amp;ostituisci…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="348"/>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="350"/>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormato</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="354"/>
        <source>&amp;Templates</source>
        <translation>Mo&amp;delli</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="355"/>
        <source>&amp;New Template…</source>
        <translation>&amp;Nuovo modello…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="355"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="356"/>
        <source>&amp;Add Language…</source>
        <translation>&amp;Aggiungi lingua…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="357"/>
        <source>&amp;Close Template</source>
        <translation>&amp;Chiudi modello</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="359"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="360"/>
        <source>&amp;Export All…</source>
        <translation>&amp;Esporta tutti…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="367"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="368"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ingrandisci</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="370"/>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="371"/>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Riduci</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="372"/>
        <source>&amp;Reset Zoom</source>
        <translation>Zoom &amp;originale</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="372"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="379"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="380"/>
        <source>&amp;Rules Reference</source>
        <translation>&amp;Guida alle regole</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="381"/>
        <source>&amp;About Permitted</source>
        <translation>&amp;Informazioni su Permitted</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="382"/>
        <source>About Permitted</source>
        <translation>Informazioni su Permitted</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="383"/>
        <source>&lt;p&gt;&lt;b&gt;Permitted&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Checks messages to Amazon buyers against Amazon&apos;s communication rules as you write them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Permitted&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Controlla, mentre vengono scritti, che i messaggi agli acquirenti Amazon rispettino le regole di comunicazione di Amazon.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="402"/>
        <source>The rules could not be loaded: messages are not checked.</source>
        <translation>Impossibile caricare le regole: i messaggi non vengono controllati.</translation>
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
        <translation>Impossibile caricare le regole, quindi non viene controllato nulla. Reinstallare Permitted dovrebbe risolvere il problema.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="476"/>
        <source>New Template “%1”</source>
        <translation>Nuovo modello «%1»</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="508"/>
        <source>%n problem(s) would get this message blocked</source>
        <translation>
            <numerusform>%n problema farebbe bloccare questo messaggio</numerusform>
            <numerusform>%n problemi farebbero bloccare questo messaggio</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="510"/>
        <source>Write your message; it is checked as you type.</source>
        <translation>Scrivere il messaggio: viene controllato durante la digitazione.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="512"/>
        <source>Ready to send, but look at the warnings</source>
        <translation>Pronto per l’invio, ma controllare gli avvisi</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="514"/>
        <source>Ready to send</source>
        <translation>Pronto per l’invio</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="515"/>
        <source>Errors: %1 · Warnings: %2 · Suggestions: %3</source>
        <translation>Errori: %1 · Avvisi: %2 · Suggerimenti: %3</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="592"/>
        <source>%1: “%2”</source>
        <translation>%1: «%2»</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="596"/>
        <source>Copy Message</source>
        <translation>Copia messaggio</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="597"/>
        <source>This message still has %n problem(s) that would get it blocked by Amazon. Copy it anyway?</source>
        <translation>
            <numerusform>Questo messaggio ha ancora %n problema per cui Amazon lo bloccherebbe. Copiarlo comunque?</numerusform>
            <numerusform>Questo messaggio ha ancora %n problemi per cui Amazon lo bloccherebbe. Copiarlo comunque?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="601"/>
        <source>
… and %n more</source>
        <translation>
            <numerusform>
… e %n altro</numerusform>
            <numerusform>
… e altri %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="617"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="618"/>
        <source>The message is on the clipboard, ready for Seller Central.</source>
        <translation>Il messaggio è negli appunti, pronto per Seller Central.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="620"/>
        <source>Plain text keeps no link address behind words: %1 lost its link.</source>
        <translation>Il testo semplice non conserva gli indirizzi dei link associati alle parole: %1 ha perso il suo link.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="635"/>
        <source>It is not in the order history: the Order panel has no order ID.</source>
        <translation>Non è stato registrato nella cronologia dell’ordine: nel pannello Ordine manca l’ID ordine.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="637"/>
        <source>It is not in the order history: the order ID “%1” is incomplete.</source>
        <translation>Non è stato registrato nella cronologia dell’ordine: l’ID ordine «%1» è incompleto.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="639"/>
        <source>It is not in the order history: the template library, which keeps it, could not be opened.</source>
        <translation>Non è stato registrato nella cronologia dell’ordine: impossibile aprire la libreria dei modelli, che la conserva.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="641"/>
        <source>It is not in the order history: the library could not save it.</source>
        <translation>Non è stato registrato nella cronologia dell’ordine: la libreria non è riuscita a salvarlo.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="658"/>
        <source>The message is on the clipboard as an HTML e-mail.</source>
        <translation>Il messaggio è negli appunti come e-mail HTML.</translation>
    </message>
</context>
<context>
    <name>permitted::NewTemplateDialog</name>
    <message>
        <location filename="../ui/library/new_template_dialog.cpp" line="20"/>
        <source>Start from the &amp;built-in template</source>
        <translation>A partire dal modello &amp;integrato</translation>
    </message>
    <message>
        <location filename="../ui/library/new_template_dialog.cpp" line="21"/>
        <source>Start from the message in the &amp;editor</source>
        <translation>A partire dal messaggio nell’&amp;editor</translation>
    </message>
    <message>
        <location filename="../ui/library/new_template_dialog.cpp" line="26"/>
        <source>The text the template starts with</source>
        <translation>Il testo di partenza del modello</translation>
    </message>
    <message>
        <location filename="../ui/library/new_template_dialog.cpp" line="28"/>
        <source>New Template</source>
        <translation>Nuovo modello</translation>
    </message>
    <message>
        <location filename="../ui/library/new_template_dialog.cpp" line="37"/>
        <source>Contact &amp;reason:</source>
        <translation>&amp;Motivo del contatto:</translation>
    </message>
    <message>
        <location filename="../ui/library/new_template_dialog.cpp" line="38"/>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <location filename="../ui/library/new_template_dialog.cpp" line="39"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../ui/library/new_template_dialog.cpp" line="41"/>
        <source>Create</source>
        <translation>Crea</translation>
    </message>
    <message>
        <location filename="../ui/library/new_template_dialog.cpp" line="67"/>
        <source>Subject: %1</source>
        <translation>Oggetto: %1</translation>
    </message>
</context>
<context>
    <name>permitted::OrderPanel</name>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="22"/>
        <source>Order completed on</source>
        <translation>Ordine completato il</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="24"/>
        <source>A review was already requested for this order</source>
        <translation>Per questo ordine è già stata richiesta una recensione</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="29"/>
        <source>None chosen</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="33"/>
        <source>Reply</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="34"/>
        <source>An answer to a message from the buyer</source>
        <translation>Una risposta a un messaggio dell’acquirente</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="35"/>
        <source>Proactive</source>
        <translation>Proattivo</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="36"/>
        <source>A message you send first, at your own initiative: Amazon&apos;s stricter rules apply</source>
        <translation>Un messaggio inviato per primo, di propria iniziativa: si applicano le regole più severe di Amazon</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="38"/>
        <source>HTML e-mail reply</source>
        <translation>Risposta e-mail HTML</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="39"/>
        <source>Seller Central text box</source>
        <translation>Casella di testo di Seller Central</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="40"/>
        <source>An HTML e-mail keeps formatting and pictures, and Amazon&apos;s styling rules apply; Seller Central&apos;s text box keeps the text only</source>
        <translation>Un’e-mail HTML conserva formattazione e immagini, e si applicano le regole di stile di Amazon; la casella di testo di Seller Central conserva solo il testo</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="51"/>
        <source>Date the order was completed</source>
        <translation>Data di completamento dell’ordine</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="53"/>
        <source>Amazon allows one review request per order</source>
        <translation>Amazon consente una sola richiesta di recensione per ordine</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="59"/>
        <source>Buyer &amp;language:</source>
        <translation>&amp;Lingua dell’acquirente:</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="60"/>
        <source>&amp;Marketplace:</source>
        <translation>Mar&amp;ketplace:</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="61"/>
        <source>Contact &amp;reason:</source>
        <translation>Motivo del co&amp;ntatto:</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="62"/>
        <source>Message &amp;type:</source>
        <translation>&amp;Tipo di messaggio:</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="63"/>
        <source>Sent &amp;as:</source>
        <translation>Inv&amp;io tramite:</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="64"/>
        <source>Order &amp;ID:</source>
        <translation>ID o&amp;rdine:</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="70"/>
        <source>&lt;b&gt;Placeholder values&lt;/b&gt;</source>
        <translation>&lt;b&gt;Valori dei segnaposto&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="71"/>
        <source>What the buyer reads in place of each {{placeholder}}, in the preview and when you copy</source>
        <translation>Ciò che l’acquirente legge al posto di ogni {{segnaposto}}, nell’anteprima e nella copia</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/order_panel.cpp" line="173"/>
        <source>%n message(s) copied for this order before; the last: %1, on %2.</source>
        <translation>
            <numerusform>%n messaggio già copiato per questo ordine; l’ultimo: %1, il %2.</numerusform>
            <numerusform>%n messaggi già copiati per questo ordine; l’ultimo: %1, il %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>permitted::PlaceholderForm</name>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="38"/>
        <source>The message has no placeholders to fill.</source>
        <translation>Il messaggio non ha segnaposto da compilare.</translation>
    </message>
</context>
<context>
    <name>permitted::PreferencesDialog</name>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="44"/>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="46"/>
        <source>As the system</source>
        <translation>Lingua del sistema</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="50"/>
        <location filename="../ui/settings/preferences_dialog.cpp" line="92"/>
        <source>The one last used</source>
        <translation>Come l’ultima volta</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="60"/>
        <source>Your dictionary, one word a line</source>
        <translation>Dizionario personale, una parola per riga</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="63"/>
        <source>&amp;Interface language:</source>
        <translation>Lingua dell’&amp;interfaccia:</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="64"/>
        <source>Takes effect when Permitted starts again.</source>
        <translation>Ha effetto al prossimo avvio di Permitted.</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="67"/>
        <source>New message in &amp;language:</source>
        <translation>&amp;Lingua dei nuovi messaggi:</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="68"/>
        <source>New message on &amp;marketplace:</source>
        <translation>&amp;Marketplace dei nuovi messaggi:</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="69"/>
        <source>Your &amp;seller name:</source>
        <translation>Nome del &amp;venditore:</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="70"/>
        <source>Your &amp;dictionary (words never marked as misspelt), one a line:</source>
        <translation>&amp;Dizionario personale (parole mai segnalate come errori), una per riga:</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="71"/>
        <source>Your dictionary can be edited once the rules have loaded.</source>
        <translation>Il dizionario personale sarà modificabile al termine del caricamento delle regole.</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="92"/>
        <source>The language&apos;s first</source>
        <translation>Predefinito per la lingua</translation>
    </message>
</context>
<context>
    <name>permitted::PreviewHtml</name>
    <message>
        <location filename="../ui/preview/preview_html.cpp" line="112"/>
        <source>Image not loaded:</source>
        <translation>Immagine non caricata:</translation>
    </message>
</context>
<context>
    <name>permitted::PreviewShell</name>
    <message>
        <location filename="../ui/preview/preview_shell.cpp" line="61"/>
        <source>(no subject)</source>
        <translation>(nessun oggetto)</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_shell.cpp" line="63"/>
        <source>Order ID:</source>
        <translation>ID ordine:</translation>
    </message>
</context>
<context>
    <name>permitted::PreviewView</name>
    <message>
        <location filename="../ui/preview/preview_view.cpp" line="58"/>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_view.cpp" line="66"/>
        <source>Desktop</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_view.cpp" line="67"/>
        <source>Amazon&apos;s message column on a computer (%1 px)</source>
        <translation>La colonna dei messaggi di Amazon su un computer (%1 px)</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_view.cpp" line="68"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_view.cpp" line="69"/>
        <source>The message on a phone (%1 px)</source>
        <translation>Il messaggio su un telefono (%1 px)</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_view.cpp" line="79"/>
        <source>The message as the buyer will see it</source>
        <translation>Il messaggio come lo vedrà l’acquirente</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_view.cpp" line="92"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_view.cpp" line="94"/>
        <source>Select &amp;All</source>
        <translation>Seleziona t&amp;utto</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_view.cpp" line="114"/>
        <source>Link to %1</source>
        <translation>Link a %1</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_view.cpp" line="117"/>
        <source>Links do not open in the preview: %1</source>
        <translation>I link non si aprono nell’anteprima: %1</translation>
    </message>
</context>
<context>
    <name>permitted::ProblemsPanel</name>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="22"/>
        <source>whole message</source>
        <translation>intero messaggio</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="25"/>
        <source>picture</source>
        <translation>immagine</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="26"/>
        <source>[picture]</source>
        <translation>[immagine]</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="28"/>
        <source>blank lines and spaces</source>
        <translation>righe vuote e spazi</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="31"/>
        <source>“%1”</source>
        <comment>the text a finding is about, quoted</comment>
        <translation>«%1»</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="38"/>
        <source>Problems</source>
        <translation>Problemi</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="40"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="40"/>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="40"/>
        <source>Rule</source>
        <translation>Regola</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="83"/>
        <location filename="../ui/panels/problems_panel.cpp" line="94"/>
        <source>&amp;Show in the Text</source>
        <translation>&amp;Mostra nel testo</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="87"/>
        <source>&amp;Ignore Here</source>
        <translation>&amp;Ignora qui</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="88"/>
        <source>&amp;About This Rule</source>
        <translation>Informazioni su questa &amp;regola</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="95"/>
        <source>&amp;Stop Ignoring</source>
        <translation>&amp;Non ignorare più</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="128"/>
        <location filename="../ui/panels/problems_panel.cpp" line="137"/>
        <source>Subject: %1</source>
        <translation>Oggetto: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/problems_panel.cpp" line="131"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… e %n altro</numerusform>
            <numerusform>… e altri %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="137"/>
        <source>Ignored: %1</source>
        <translation>Ignorato: %1</translation>
    </message>
</context>
<context>
    <name>permitted::RulesReferenceWindow</name>
    <message>
        <location filename="../ui/help/rules_reference_window.cpp" line="36"/>
        <source>Error: Amazon blocks a message that breaks this rule</source>
        <translation>Errore: Amazon blocca un messaggio che viola questa regola</translation>
    </message>
    <message>
        <location filename="../ui/help/rules_reference_window.cpp" line="37"/>
        <source>Warning: allowed, but look at it before sending</source>
        <translation>Avviso: consentito, ma da verificare prima dell’invio</translation>
    </message>
    <message>
        <location filename="../ui/help/rules_reference_window.cpp" line="38"/>
        <source>Suggestion: the message can be better</source>
        <translation>Suggerimento: il messaggio può essere migliorato</translation>
    </message>
    <message>
        <location filename="../ui/help/rules_reference_window.cpp" line="50"/>
        <source>Rules Reference</source>
        <translation>Guida alle regole</translation>
    </message>
    <message>
        <location filename="../ui/help/rules_reference_window.cpp" line="51"/>
        <location filename="../ui/help/rules_reference_window.cpp" line="52"/>
        <source>Search the rules</source>
        <translation>Cerca nelle regole</translation>
    </message>
    <message>
        <location filename="../ui/help/rules_reference_window.cpp" line="54"/>
        <source>Rules</source>
        <translation>Regole</translation>
    </message>
    <message>
        <location filename="../ui/help/rules_reference_window.cpp" line="55"/>
        <source>The chosen rule</source>
        <translation>La regola selezionata</translation>
    </message>
    <message>
        <location filename="../ui/help/rules_reference_window.cpp" line="119"/>
        <source>Why</source>
        <translation>Perché</translation>
    </message>
    <message>
        <location filename="../ui/help/rules_reference_window.cpp" line="121"/>
        <source>Instead</source>
        <translation>Cosa fare invece</translation>
    </message>
    <message>
        <location filename="../ui/help/rules_reference_window.cpp" line="130"/>
        <source>Breaks the rule</source>
        <translation>Viola la regola</translation>
    </message>
    <message>
        <location filename="../ui/help/rules_reference_window.cpp" line="131"/>
        <source>Keeps to it</source>
        <translation>Rispetta la regola</translation>
    </message>
    <message>
        <location filename="../ui/help/rules_reference_window.cpp" line="132"/>
        <source>Rule %1 · from: %2</source>
        <translation>Regola %1 · fonte: %2</translation>
    </message>
</context>
<context>
    <name>permitted::SourcePane</name>
    <message>
        <location filename="../ui/library/source_pane.cpp" line="19"/>
        <source>Source text of the template</source>
        <translation>Testo originale del modello</translation>
    </message>
    <message>
        <location filename="../ui/library/source_pane.cpp" line="45"/>
        <source>&lt;b&gt;Source: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Originale: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/library/source_pane.cpp" line="67"/>
        <source>To review: the source has not changed in its words since the last review.</source>
        <translation>Da rivedere: le parole dell’originale non sono cambiate dall’ultima revisione.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/source_pane.cpp" line="68"/>
        <source>To review: %n sentence(s) of the source changed since the last review, marked below.</source>
        <translation>
            <numerusform>Da rivedere: %n frase dell’originale è cambiata dall’ultima revisione ed è evidenziata qui sotto.</numerusform>
            <numerusform>Da rivedere: %n frasi dell’originale sono cambiate dall’ultima revisione e sono evidenziate qui sotto.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/library/source_pane.cpp" line="71"/>
        <source>To review: what changed in the source is not known for this translation.</source>
        <translation>Da rivedere: per questa traduzione non si sa che cosa sia cambiato nell’originale.</translation>
    </message>
</context>
<context>
    <name>permitted::TemplateBar</name>
    <message>
        <location filename="../ui/library/template_bar.cpp" line="29"/>
        <source>Add Language… (translate this template into another buyer language)</source>
        <translation>Aggiungi lingua… (per tradurre questo modello in un’altra lingua dell’acquirente)</translation>
    </message>
    <message>
        <location filename="../ui/library/template_bar.cpp" line="32"/>
        <source>Close Template (its text stays in the editor as a draft)</source>
        <translation>Chiudi modello (il testo resta nell’editor come bozza)</translation>
    </message>
    <message>
        <location filename="../ui/library/template_bar.cpp" line="61"/>
        <source>Remove %1…</source>
        <translation>Rimuovi %1…</translation>
    </message>
    <message>
        <location filename="../ui/library/template_bar.cpp" line="86"/>
        <source>Remove Language</source>
        <translation>Rimuovi lingua</translation>
    </message>
    <message>
        <location filename="../ui/library/template_bar.cpp" line="87"/>
        <source>Remove the %1 text of “%2”? This cannot be undone.</source>
        <translation>Rimuovere il testo (%1) di «%2»? L’operazione non può essere annullata.</translation>
    </message>
    <message>
        <location filename="../ui/library/template_bar.cpp" line="119"/>
        <source>%1 (source)</source>
        <translation>%1 (originale)</translation>
    </message>
    <message>
        <location filename="../ui/library/template_bar.cpp" line="121"/>
        <source>%1 (to review)</source>
        <translation>%1 (da rivedere)</translation>
    </message>
    <message>
        <location filename="../ui/library/template_bar.cpp" line="137"/>
        <source>Check this translation against the %1 text beside it: the source changed after it was translated, or it was started from another text.</source>
        <translation>Confrontare questa traduzione con il testo originale (%1) qui accanto: l’originale è cambiato dopo la traduzione, oppure la traduzione è partita da un altro testo.</translation>
    </message>
    <message>
        <location filename="../ui/library/template_bar.cpp" line="139"/>
        <source>Mark as Reviewed</source>
        <translation>Segna come rivista</translation>
    </message>
    <message>
        <location filename="../ui/library/template_bar.cpp" line="143"/>
        <source>The buyer reads %1, and this template has no %1 text yet.</source>
        <translation>Lingua dell’acquirente: %1. Questo modello non ha ancora un testo in questa lingua.</translation>
    </message>
    <message>
        <location filename="../ui/library/template_bar.cpp" line="144"/>
        <source>Add %1</source>
        <translation>Aggiungi %1</translation>
    </message>
    <message>
        <location filename="../ui/library/template_bar.cpp" line="147"/>
        <source>Translated from %1.</source>
        <translation>Tradotto da: %1.</translation>
    </message>
    <message>
        <location filename="../ui/library/template_bar.cpp" line="150"/>
        <source>Changes are saved in your library as you type.</source>
        <translation>Le modifiche vengono salvate nella libreria durante la digitazione.</translation>
    </message>
</context>
</TS>
