<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>DraftFile</name>
    <message>
        <location filename="../ui/files/draft_file.cpp" line="88"/>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_file.cpp" line="90"/>
        <source>%1 is a folder, not a draft.</source>
        <translation>%1 es una carpeta, no un borrador.</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_file.cpp" line="92"/>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_file.cpp" line="94"/>
        <source>%1 is larger than 1 MB; a message to a buyer is a few thousand characters.</source>
        <translation>%1 ocupa más de 1&#xa0;MB; un mensaje a un comprador tiene unos pocos miles de caracteres.</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_file.cpp" line="96"/>
        <source>%1 is not a text file.</source>
        <translation>%1 no es un archivo de texto.</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_file.cpp" line="98"/>
        <source>%1 starts like UTF-16 or UTF-32 text but is not valid text.</source>
        <translation>%1 empieza como un texto UTF-16 o UTF-32, pero no es un texto válido.</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_file.cpp" line="100"/>
        <source>%1 is not UTF-8 text (line %2, column %3). Save it as UTF-8 and open it again.</source>
        <translation>%1 no es texto UTF-8 (línea %2, columna %3). Guárdelo como UTF-8 y vuelva a abrirlo.</translation>
    </message>
</context>
<context>
    <name>FixNames</name>
    <message>
        <location filename="../ui/checking/fix_names.cpp" line="13"/>
        <source>Fix: Remove It</source>
        <translation>Corregir: quitar</translation>
    </message>
    <message>
        <location filename="../ui/checking/fix_names.cpp" line="15"/>
        <source>Fix: Insert “%1”</source>
        <translation>Corregir: insertar «%1»</translation>
    </message>
    <message>
        <location filename="../ui/checking/fix_names.cpp" line="18"/>
        <source>Fix: Replace with “%1”</source>
        <translation>Corregir: reemplazar por «%1»</translation>
    </message>
    <message>
        <location filename="../ui/checking/fix_names.cpp" line="20"/>
        <source>Fix: Use the Default Size</source>
        <translation>Corregir: tamaño predeterminado</translation>
    </message>
    <message>
        <location filename="../ui/checking/fix_names.cpp" line="21"/>
        <source>Fix: Use the Default Font, Colour and Spacing</source>
        <translation>Corregir: fuente, color e interlineado predeterminados</translation>
    </message>
    <message>
        <location filename="../ui/checking/fix_names.cpp" line="22"/>
        <source>Fix: Use the Default Alignment</source>
        <translation>Corregir: alineación predeterminada</translation>
    </message>
    <message>
        <location filename="../ui/checking/fix_names.cpp" line="23"/>
        <source>Fix: Remove the Margins</source>
        <translation>Corregir: quitar los márgenes</translation>
    </message>
    <message>
        <location filename="../ui/checking/fix_names.cpp" line="24"/>
        <source>Fix: Load the Picture over https</source>
        <translation>Corregir: cargar la imagen por https</translation>
    </message>
    <message>
        <location filename="../ui/checking/fix_names.cpp" line="25"/>
        <source>Fix: Fit the Picture to %1 px</source>
        <translation>Corregir: ajustar la imagen a %1&#xa0;px</translation>
    </message>
    <message>
        <location filename="../ui/checking/fix_names.cpp" line="26"/>
        <source>Fix: Describe the Picture…</source>
        <translation>Corregir: describir la imagen…</translation>
    </message>
    <message>
        <location filename="../ui/checking/fix_names.cpp" line="27"/>
        <source>Fix: Remove the Style Sheet</source>
        <translation>Corregir: quitar la hoja de estilo</translation>
    </message>
    <message>
        <location filename="../ui/checking/fix_names.cpp" line="29"/>
        <source>Fix</source>
        <translation>Corregir</translation>
    </message>
</context>
<context>
    <name>LibraryCommand</name>
    <message>
        <location filename="../app/editor/library_command.cpp" line="28"/>
        <source>the template library %1 cannot be opened: %2</source>
        <translation>la biblioteca de plantillas %1 no se puede abrir: %2</translation>
    </message>
    <message>
        <location filename="../app/editor/library_command.cpp" line="32"/>
        <source>warning: the template library was damaged (%1); the copy of %2 was restored</source>
        <translation>aviso: la biblioteca de plantillas estaba dañada (%1); se ha restaurado la copia del %2</translation>
    </message>
    <message>
        <location filename="../app/editor/library_command.cpp" line="37"/>
        <source>warning: the template library was damaged (%1) and set aside as %2; a new one was started</source>
        <translation>aviso: la biblioteca de plantillas estaba dañada (%1) y se ha apartado como %2; se ha creado una nueva</translation>
    </message>
    <message>
        <location filename="../app/editor/library_command.cpp" line="56"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/library_command.cpp" line="57"/>
        <source>%n template(s) exported to %1</source>
        <translation>
            <numerusform>%n plantilla exportada a %1</numerusform>
            <numerusform>%n plantillas exportadas a %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/editor/library_command.cpp" line="66"/>
        <location filename="../app/editor/library_command.cpp" line="73"/>
        <source>%1 cannot be imported: %2; the library was not changed</source>
        <translation>%1 no se puede importar: %2; la biblioteca no se ha modificado</translation>
    </message>
    <message>
        <location filename="../app/editor/library_command.cpp" line="74"/>
        <source>%1 added, %2 replaced from %3</source>
        <translation>%1 añadida(s), %2 sustituida(s) desde %3</translation>
    </message>
</context>
<context>
    <name>LibraryJson</name>
    <message>
        <location filename="../core/library/library_json.cpp" line="38"/>
        <source>it has no name</source>
        <translation>no tiene nombre</translation>
    </message>
    <message>
        <location filename="../core/library/library_json.cpp" line="40"/>
        <source>unknown contact reason &quot;%1&quot;</source>
        <translation>motivo de contacto desconocido «%1»</translation>
    </message>
    <message>
        <location filename="../core/library/library_json.cpp" line="42"/>
        <source>unknown source language &quot;%1&quot;</source>
        <translation>idioma de origen desconocido «%1»</translation>
    </message>
    <message>
        <location filename="../core/library/library_json.cpp" line="51"/>
        <source>&quot;variants&quot; is not a list</source>
        <translation>«variants» no es una lista</translation>
    </message>
    <message>
        <location filename="../core/library/library_json.cpp" line="56"/>
        <source>a variant has an unknown language &quot;%1&quot;</source>
        <translation>una variante tiene un idioma desconocido «%1»</translation>
    </message>
    <message>
        <location filename="../core/library/library_json.cpp" line="58"/>
        <source>the language %1 appears twice</source>
        <translation>el idioma %1 aparece dos veces</translation>
    </message>
    <message>
        <location filename="../core/library/library_json.cpp" line="60"/>
        <source>the %1 variant lacks its subject or body</source>
        <translation>a la variante %1 le falta el asunto o el texto</translation>
    </message>
    <message>
        <location filename="../core/library/library_json.cpp" line="63"/>
        <source>the %1 variant has an unknown status</source>
        <translation>la variante %1 tiene un estado desconocido</translation>
    </message>
    <message>
        <location filename="../core/library/library_json.cpp" line="70"/>
        <source>it has no text in its source language %1</source>
        <translation>no tiene texto en su idioma de origen %1</translation>
    </message>
    <message>
        <location filename="../core/library/library_json.cpp" line="98"/>
        <source>not valid JSON at byte %1: %2</source>
        <translation>JSON no válido en el byte %1: %2</translation>
    </message>
    <message>
        <location filename="../core/library/library_json.cpp" line="103"/>
        <source>not a Permitted template file</source>
        <translation>no es un archivo de plantillas de Permitted</translation>
    </message>
    <message>
        <location filename="../core/library/library_json.cpp" line="107"/>
        <source>made by a newer version of Permitted (file version %1)</source>
        <translation>creado con una versión más reciente de Permitted (versión de archivo %1)</translation>
    </message>
    <message>
        <location filename="../core/library/library_json.cpp" line="116"/>
        <source>template %1 (&quot;%2&quot;): %3</source>
        <translation>plantilla %1 («%2»): %3</translation>
    </message>
    <message>
        <location filename="../core/library/library_json.cpp" line="147"/>
        <source>larger than 64 MB, too large for a template library</source>
        <translation>más de 64 MB, demasiado grande para una biblioteca de plantillas</translation>
    </message>
</context>
<context>
    <name>LibraryOpening</name>
    <message numerus="yes">
        <location filename="../ui/library/library_opening_text.cpp" line="23"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/library_opening_text.cpp" line="25"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/library/library_opening_text.cpp" line="28"/>
        <source>The file was missing.</source>
        <translation>El archivo no existía.</translation>
    </message>
    <message>
        <location filename="../ui/library/library_opening_text.cpp" line="30"/>
        <source>It was set aside as %1.</source>
        <translation>Se ha guardado aparte como %1.</translation>
    </message>
    <message>
        <location filename="../ui/library/library_opening_text.cpp" line="31"/>
        <source>Your template library %1 could not be used (%2).</source>
        <translation>No se ha podido usar su biblioteca de plantillas %1 (%2).</translation>
    </message>
    <message>
        <location filename="../ui/library/library_opening_text.cpp" line="32"/>
        <source>The copy taken on %1 (%2) was restored: templates and changes made after that time are missing from it.</source>
        <translation>Se ha restaurado la copia del %1 (%2): le faltan las plantillas y los cambios posteriores a ese momento.</translation>
    </message>
    <message>
        <location filename="../ui/library/library_opening_text.cpp" line="38"/>
        <source>Your template library %1 could not be used (%2), and no good copy of it existed. It was set aside as %3, and a new, empty library was started.</source>
        <translation>No se ha podido usar su biblioteca de plantillas %1 (%2) y no existía ninguna copia en buen estado. Se ha guardado aparte como %3 y se ha creado una biblioteca nueva y vacía.</translation>
    </message>
    <message>
        <location filename="../ui/library/library_opening_text.cpp" line="42"/>
        <source>Your template library %1 could not be opened: %2. It was left as it is; templates cannot be saved in this session.</source>
        <translation>No se ha podido abrir su biblioteca de plantillas %1: %2. Se ha dejado tal como estaba; en esta sesión no se pueden guardar plantillas.</translation>
    </message>
</context>
<context>
    <name>LibraryStore</name>
    <message>
        <location filename="../ui/library/library_store.cpp" line="33"/>
        <source>Delete “%1”</source>
        <translation>Eliminar «%1»</translation>
    </message>
    <message>
        <location filename="../ui/library/library_store.cpp" line="45"/>
        <source>Rename “%1”</source>
        <translation>Cambiar el nombre de «%1»</translation>
    </message>
</context>
<context>
    <name>LibraryTransfer</name>
    <message>
        <location filename="../ui/library/library_transfer.cpp" line="36"/>
        <location filename="../ui/library/library_transfer.cpp" line="82"/>
        <location filename="../ui/library/library_transfer.cpp" line="89"/>
        <source>Import Templates</source>
        <translation>Importar plantillas</translation>
    </message>
    <message>
        <location filename="../ui/library/library_transfer.cpp" line="37"/>
        <source>Your library already has the template “%1” (%2). Replace it with the imported one, keep both, or skip the imported one?</source>
        <translation>Su biblioteca ya contiene la plantilla «%1» (%2). ¿Desea reemplazarla por la importada, conservar ambas u omitir la importada?</translation>
    </message>
    <message>
        <location filename="../ui/library/library_transfer.cpp" line="41"/>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <location filename="../ui/library/library_transfer.cpp" line="42"/>
        <source>Keep Both</source>
        <translation>Conservar ambas</translation>
    </message>
    <message>
        <location filename="../ui/library/library_transfer.cpp" line="43"/>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <location filename="../ui/library/library_transfer.cpp" line="45"/>
        <source>Do the same for the other templates that exist</source>
        <translation>Hacer lo mismo con las demás plantillas que ya existen</translation>
    </message>
    <message>
        <location filename="../ui/library/library_transfer.cpp" line="66"/>
        <location filename="../ui/library/library_transfer.cpp" line="73"/>
        <source>Export Templates</source>
        <translation>Exportar plantillas</translation>
    </message>
    <message>
        <location filename="../ui/library/library_transfer.cpp" line="68"/>
        <source>Permitted templates (*.json)</source>
        <translation>Plantillas de Permitted (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/library/library_transfer.cpp" line="74"/>
        <source>The templates could not be written to %1: %2</source>
        <translation>No se han podido escribir las plantillas en %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/library/library_transfer.cpp" line="83"/>
        <source>Permitted templates (*.json);;All files (*)</source>
        <translation>Plantillas de Permitted (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/library/library_transfer.cpp" line="90"/>
        <source>%1 cannot be imported: %2. Your library was not changed.</source>
        <translation>No se puede importar %1: %2. Su biblioteca no ha cambiado.</translation>
    </message>
    <message>
        <location filename="../ui/library/library_transfer.cpp" line="98"/>
        <source>Imported: %1 added, %2 replaced, %3 skipped.</source>
        <translation>Importación terminada. Añadidas: %1; reemplazadas: %2; omitidas: %3.</translation>
    </message>
</context>
<context>
    <name>PlaceholderForm</name>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="15"/>
        <source>Order ID</source>
        <translation>ID del pedido</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="16"/>
        <source>Buyer name</source>
        <translation>Nombre del comprador</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="17"/>
        <source>Product name</source>
        <translation>Nombre del producto</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="18"/>
        <source>Seller name</source>
        <translation>Nombre del vendedor</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="19"/>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="20"/>
        <source>Order date</source>
        <translation>Fecha del pedido</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="21"/>
        <source>Ship date</source>
        <translation>Fecha de envío</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="22"/>
        <source>Delivery date</source>
        <translation>Fecha de entrega</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="23"/>
        <source>Carrier</source>
        <translation>Transportista</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="24"/>
        <source>Tracking number</source>
        <translation>Número de seguimiento</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="25"/>
        <source>Tracking page</source>
        <translation>Página de seguimiento</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="26"/>
        <source>Return reason</source>
        <translation>Motivo de la devolución</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="27"/>
        <source>Refund amount</source>
        <translation>Importe del reembolso</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="28"/>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="29"/>
        <source>Coverage from</source>
        <translation>Garantía desde</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="30"/>
        <source>Coverage until</source>
        <translation>Garantía hasta</translation>
    </message>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="31"/>
        <source>Access key</source>
        <translation>Clave de acceso</translation>
    </message>
</context>
<context>
    <name>ReasonNames</name>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="12"/>
        <source>Confirm order details</source>
        <translation>Confirmar los detalles del pedido</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="13"/>
        <source>Confirm delivery details</source>
        <translation>Confirmar los detalles de la entrega</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="14"/>
        <source>Confirm customization details</source>
        <translation>Confirmar los detalles de la personalización</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="15"/>
        <source>Confirm service details</source>
        <translation>Confirmar los detalles del servicio</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="16"/>
        <source>Unexpected problem</source>
        <translation>Problema imprevisto</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="17"/>
        <source>Order problem (cannot ship)</source>
        <translation>Problema con el pedido (no se puede enviar)</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="18"/>
        <source>Return follow-up</source>
        <translation>Seguimiento de una devolución</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="19"/>
        <source>Courtesy refund or replacement</source>
        <translation>Reembolso o sustitución por cortesía</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="20"/>
        <source>Send the invoice</source>
        <translation>Enviar la factura</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="21"/>
        <source>Legal disclosure</source>
        <translation>Información legal obligatoria</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="22"/>
        <source>Warranty information</source>
        <translation>Información sobre la garantía</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="23"/>
        <source>Digital access key</source>
        <translation>Clave de acceso digital</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="24"/>
        <source>Request a review</source>
        <translation>Solicitar una reseña</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="25"/>
        <source>Reply: order status</source>
        <translation>Respuesta: estado del pedido</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="26"/>
        <source>Reply: return</source>
        <translation>Respuesta: devolución</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="27"/>
        <source>Reply: damaged or defective item</source>
        <translation>Respuesta: artículo dañado o defectuoso</translation>
    </message>
    <message>
        <location filename="../ui/panels/reason_names.cpp" line="28"/>
        <source>Reply: product question</source>
        <translation>Respuesta: pregunta sobre el producto</translation>
    </message>
</context>
<context>
    <name>RecoveryOffer</name>
    <message>
        <location filename="../ui/files/recovery_offer.cpp" line="14"/>
        <source>an untitled draft</source>
        <translation>un borrador sin título</translation>
    </message>
    <message>
        <location filename="../ui/files/recovery_offer.cpp" line="19"/>
        <source>Recover Draft</source>
        <translation>Recuperar borrador</translation>
    </message>
    <message>
        <location filename="../ui/files/recovery_offer.cpp" line="20"/>
        <source>Permitted did not close normally while %1 had unsaved changes, last written %2.</source>
        <translation>Permitted no se cerró con normalidad cuando %1 tenía cambios sin guardar (última copia: %2).</translation>
    </message>
    <message>
        <location filename="../ui/files/recovery_offer.cpp" line="24"/>
        <source>“%1”

Restore it, with its order, or discard it?</source>
        <translation>«%1»

¿Desea restaurarlo, con su pedido, o descartarlo?</translation>
    </message>
    <message>
        <location filename="../ui/files/recovery_offer.cpp" line="25"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../ui/files/recovery_offer.cpp" line="26"/>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location filename="../ui/files/recovery_offer.cpp" line="27"/>
        <source>Ask &amp;Later</source>
        <translation>Preguntar &amp;más tarde</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../app/check/report.cpp" line="46"/>
        <source>%1, %2, %3 in %4</source>
        <translation>%1, %2, %3 en %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/check/report.cpp" line="47"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/check/report.cpp" line="48"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/check/report.cpp" line="49"/>
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n sugerencia</numerusform>
            <numerusform>%n sugerencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/check/report.cpp" line="50"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../core/detection/rule_catalog.cpp" line="95"/>
        <source>Instead: %1</source>
        <translation>En su lugar: %1</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="2"/>
        <source>Marketing content</source>
        <comment>promotional title</comment>
        <translation>Contenido promocional</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="3"/>
        <source>Amazon forbids marketing in buyer messages: coupons, discounts, sales, other products, newsletters, social media.</source>
        <comment>promotional why</comment>
        <translation>Amazon prohíbe la publicidad en los mensajes a los compradores: cupones, descuentos, rebajas, otros productos, boletines, redes sociales.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="4"/>
        <source>Keep to what the buyer needs for this order; leave out offers and other products.</source>
        <comment>promotional instead</comment>
        <translation>Cíñase a lo que el comprador necesita para este pedido; no incluya ofertas ni otros productos.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="5"/>
        <source>Incentive for a review</source>
        <comment>review-incentive title</comment>
        <translation>Incentivo a cambio de una reseña</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="6"/>
        <source>Offering anything in return for a review or feedback (money, gift card, free product, refund, future discount) is forbidden and can close the account.</source>
        <comment>review-incentive why</comment>
        <translation>Ofrecer cualquier cosa a cambio de una reseña o una valoración (dinero, una tarjeta regalo, un producto gratis, un reembolso, un descuento futuro) está prohibido y puede suponer el cierre de la cuenta.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="7"/>
        <source>Ask for a review neutrally, without offering anything, or use Amazon&apos;s Request a Review button.</source>
        <comment>review-incentive instead</comment>
        <translation>Pida la reseña de forma neutral, sin ofrecer nada, o use el botón «Solicitar una reseña» de Amazon.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="8"/>
        <source>Asks for a positive review</source>
        <comment>review-positive-only title</comment>
        <translation>Pide una reseña positiva</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="9"/>
        <source>Amazon forbids asking for positive or five-star reviews, asking only satisfied buyers, or telling the buyer what to write.</source>
        <comment>review-positive-only why</comment>
        <translation>Amazon prohíbe pedir reseñas positivas o de cinco estrellas, pedirlas solo a los compradores satisfechos o decir al comprador qué debe escribir.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="10"/>
        <source>Ask every buyer the same neutral question: &quot;Would you share your experience with this product?&quot;</source>
        <comment>review-positive-only instead</comment>
        <translation>Haga a todos los compradores la misma pregunta neutral: «¿Le gustaría compartir su experiencia con este producto?».</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="11"/>
        <source>Asks to change or remove a review</source>
        <comment>review-change-request title</comment>
        <translation>Pide modificar o eliminar una reseña</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="12"/>
        <source>Asking a buyer to remove, change or update a product review is forbidden.</source>
        <comment>review-change-request why</comment>
        <translation>Está prohibido pedir a un comprador que elimine, modifique o actualice una reseña de un producto.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="13"/>
        <source>Solve the buyer&apos;s problem and leave the review as it is. For seller feedback, you may say neutrally that it can be updated once the problem is solved.</source>
        <comment>review-change-request instead</comment>
        <translation>Resuelva el problema del comprador y deje la reseña como está. En el caso de la valoración del vendedor, puede indicar de forma neutral que se puede actualizar una vez resuelto el problema.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="14"/>
        <source>A neutral note that seller feedback can be updated is allowed only after the problem is solved.</source>
        <comment>review-change-request note seller-feedback</comment>
        <translation>Indicar de forma neutral que la valoración del vendedor se puede actualizar solo se admite una vez resuelto el problema.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="15"/>
        <source>Second review request for this order</source>
        <comment>review-repeat title</comment>
        <translation>Segunda solicitud de reseña para este pedido</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="16"/>
        <source>A review or feedback request may be sent only once per order, and one was already sent for this order.</source>
        <comment>review-repeat why</comment>
        <translation>Solo se puede enviar una solicitud de reseña o de valoración por pedido, y para este pedido ya se envió una.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="17"/>
        <source>Do not ask again; remove the review request.</source>
        <comment>review-repeat instead</comment>
        <translation>No vuelva a pedirla; quite la solicitud de reseña.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="18"/>
        <source>Message only thanks or greets</source>
        <comment>thank-you-only title</comment>
        <translation>Mensaje que solo agradece o saluda</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="19"/>
        <source>A message that only thanks the buyer, greets them or says you are available has no permitted purpose and is not allowed.</source>
        <comment>thank-you-only why</comment>
        <translation>Un mensaje que solo da las gracias al comprador, lo saluda o dice que usted está a su disposición no tiene ningún fin permitido, así que no se admite.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="20"/>
        <source>Send a message only when you need something for the order, or have information the buyer needs.</source>
        <comment>thank-you-only instead</comment>
        <translation>Envíe un mensaje solo cuando necesite algo para el pedido o tenga información que el comprador necesite.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="21"/>
        <source>Message only confirms the order or shipment</source>
        <comment>order-confirmation title</comment>
        <translation>Mensaje que solo confirma el pedido o el envío</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="22"/>
        <source>Amazon already confirms orders and shipments; a message that only repeats this is not allowed.</source>
        <comment>order-confirmation why</comment>
        <translation>Amazon ya confirma los pedidos y los envíos; no se admite un mensaje que solo repita esa información.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="23"/>
        <source>Do not send it, or add the information the buyer really needs (a delay, a missing detail).</source>
        <comment>order-confirmation instead</comment>
        <translation>No lo envíe, o añada la información que el comprador realmente necesita (un retraso, un dato que falta).</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="24"/>
        <source>Asks the buyer to cancel</source>
        <comment>cancel-request title</comment>
        <translation>Pide al comprador que cancele</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="25"/>
        <source>You may not ask the buyer to request a cancellation; when an item cannot ship, cancel it yourself with the reason NoInventory or CouldNotShip.</source>
        <comment>cancel-request why</comment>
        <translation>No puede pedir al comprador que solicite la cancelación; si un artículo no se puede enviar, cancélelo usted con el motivo NoInventory o CouldNotShip.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="26"/>
        <source>Tell the buyer that the order was adjusted because the item cannot ship.</source>
        <comment>cancel-request instead</comment>
        <translation>Indique al comprador que el pedido se ha ajustado porque el artículo no se puede enviar.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="27"/>
        <source>Steers the buyer away from Amazon</source>
        <comment>off-amazon title</comment>
        <translation>Desvía al comprador fuera de Amazon</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="28"/>
        <source>Directing buyers to your own shop, social media, messaging apps, e-mail or phone is forbidden.</source>
        <comment>off-amazon why</comment>
        <translation>Está prohibido dirigir a los compradores a su propia tienda, a redes sociales, a aplicaciones de mensajería, al correo electrónico o al teléfono.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="29"/>
        <source>Keep the conversation in Amazon&apos;s Buyer-Seller Messaging.</source>
        <comment>off-amazon instead</comment>
        <translation>Mantenga la conversación en el servicio de mensajería entre compradores y vendedores de Amazon.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="30"/>
        <source>Unsubscribe or opt-out</source>
        <comment>opt-out-link title</comment>
        <translation>Opción para darse de baja</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="31"/>
        <source>Buyer messages may not contain unsubscribe or opt-out links or instructions; Amazon manages the buyer&apos;s message preferences.</source>
        <comment>opt-out-link why</comment>
        <translation>Los mensajes a los compradores no pueden incluir enlaces ni instrucciones para darse de baja; Amazon gestiona las preferencias de mensajes del comprador.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="32"/>
        <source>Remove the unsubscribe line.</source>
        <comment>opt-out-link instead</comment>
        <translation>Quite la línea para darse de baja.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="33"/>
        <source>Offensive or sensitive wording</source>
        <comment>sensitive-content title</comment>
        <translation>Lenguaje ofensivo o inapropiado</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="34"/>
        <source>Profanity, adult, violent or offensive language is forbidden in buyer messages.</source>
        <comment>sensitive-content why</comment>
        <translation>En los mensajes a los compradores están prohibidos las palabrotas y el lenguaje para adultos, violento u ofensivo.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="35"/>
        <source>Use neutral, courteous words.</source>
        <comment>sensitive-content instead</comment>
        <translation>Use palabras neutrales y corteses.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="36"/>
        <source>Insecure link (http)</source>
        <comment>insecure-link title</comment>
        <translation>Enlace no seguro (http)</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="37"/>
        <source>Amazon blocks links that are not secure; only https links needed to complete the order are allowed.</source>
        <comment>insecure-link why</comment>
        <translation>Amazon bloquea los enlaces que no son seguros; solo se admiten enlaces https necesarios para completar el pedido.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="38"/>
        <source>Use https, or remove the link.</source>
        <comment>insecure-link instead</comment>
        <translation>Use https o quite el enlace.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="39"/>
        <source>Link outside Amazon</source>
        <comment>external-link title</comment>
        <translation>Enlace fuera de Amazon</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="40"/>
        <source>Links are allowed only when needed to complete the order; a link to another site can get the message blocked.</source>
        <comment>external-link why</comment>
        <translation>Solo se admiten enlaces necesarios para completar el pedido; un enlace a otro sitio puede hacer que se bloquee el mensaje.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="41"/>
        <source>Remove the link unless the buyer needs it for this order.</source>
        <comment>external-link instead</comment>
        <translation>Quite el enlace, salvo que el comprador lo necesite para este pedido.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="42"/>
        <source>%1 is a carrier&apos;s tracking site: allowed when the buyer needs it.</source>
        <comment>external-link note carrier</comment>
        <translation>%1 es el sitio de seguimiento de un transportista: se admite si el comprador lo necesita.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="43"/>
        <source>%1 imitates an Amazon domain.</source>
        <comment>external-link note lookalike</comment>
        <translation>%1 imita un dominio de Amazon.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="44"/>
        <source>%1 is a link shortener: it hides where the link goes, and Amazon blocks it.</source>
        <comment>external-link note shortener</comment>
        <translation>%1 es un acortador de enlaces: oculta adónde lleva el enlace, y Amazon lo bloquea.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="45"/>
        <source>%1 is not an Amazon site.</source>
        <comment>external-link note site</comment>
        <translation>%1 no es un sitio de Amazon.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="46"/>
        <source>E-mail address</source>
        <comment>email-address title</comment>
        <translation>Dirección de correo electrónico</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="47"/>
        <source>E-mail addresses are forbidden in buyer messages, in any spelling.</source>
        <comment>email-address why</comment>
        <translation>Las direcciones de correo electrónico están prohibidas en los mensajes a los compradores, se escriban como se escriban.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="48"/>
        <source>Remove the address; the buyer can answer through Amazon.</source>
        <comment>email-address instead</comment>
        <translation>Quite la dirección; el comprador puede responder a través de Amazon.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="49"/>
        <source>Phone number</source>
        <comment>phone-number title</comment>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="50"/>
        <source>Phone numbers are forbidden in buyer messages.</source>
        <comment>phone-number why</comment>
        <translation>Los números de teléfono están prohibidos en los mensajes a los compradores.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="51"/>
        <source>Remove the number; the buyer can answer through Amazon.</source>
        <comment>phone-number instead</comment>
        <translation>Quite el número; el comprador puede responder a través de Amazon.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="52"/>
        <source>This looks like a warranty, carrier or manufacturer line: allowed only if the buyer needs it.</source>
        <comment>phone-number note service-line</comment>
        <translation>Parece un teléfono de garantía, de un transportista o de un fabricante: solo se admite si el comprador lo necesita.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="53"/>
        <source>No order ID</source>
        <comment>missing-order-id title</comment>
        <translation>Falta el ID del pedido</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="54"/>
        <source>Every proactive message must name the 17-digit order ID it is about.</source>
        <comment>missing-order-id why</comment>
        <translation>Todo mensaje proactivo debe indicar el ID del pedido de 17 dígitos al que se refiere.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="55"/>
        <source>Add the order ID, or the {{order_id}} placeholder.</source>
        <comment>missing-order-id instead</comment>
        <translation>Añada el ID del pedido o el marcador {{order_id}}.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="56"/>
        <source>Malformed order ID</source>
        <comment>invalid-order-id title</comment>
        <translation>ID del pedido con formato incorrecto</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="57"/>
        <source>An Amazon order ID has 17 digits in the form 123-1234567-1234567; this one has a different shape.</source>
        <comment>invalid-order-id why</comment>
        <translation>El ID del pedido de Amazon tiene 17 dígitos con el formato 123-1234567-1234567; este tiene otro formato.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="58"/>
        <source>Copy the order ID from Seller Central.</source>
        <comment>invalid-order-id instead</comment>
        <translation>Copie el ID del pedido de Seller Central.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="59"/>
        <source>Not in the buyer&apos;s language</source>
        <comment>language-mismatch title</comment>
        <translation>No está en el idioma del comprador</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="60"/>
        <source>Messages must be written in the buyer&apos;s language of preference; this one appears to be in %1.</source>
        <comment>language-mismatch why</comment>
        <translation>Los mensajes deben escribirse en el idioma preferido del comprador; este parece estar en otro idioma (%1).</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="61"/>
        <source>Write the message in the buyer&apos;s language, or change the buyer language if it is wrong.</source>
        <comment>language-mismatch instead</comment>
        <translation>Escriba el mensaje en el idioma del comprador o cambie el idioma del comprador si es incorrecto.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="62"/>
        <source>Not all checks ran</source>
        <comment>unchecked-language title</comment>
        <translation>No se hicieron todas las comprobaciones</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="63"/>
        <source>Permitted has no rules yet for what messages in %1 say, so these checks did not run: %2.</source>
        <comment>unchecked-language why</comment>
        <translation>Permitted aún no tiene reglas sobre el contenido de los mensajes en este idioma (%1), así que no se hicieron estas comprobaciones: %2.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="64"/>
        <source>Check those points yourself before you send the message.</source>
        <comment>unchecked-language instead</comment>
        <translation>Revise esos puntos por su cuenta antes de enviar el mensaje.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="65"/>
        <source>Too late for a proactive message</source>
        <comment>outside-window title</comment>
        <translation>Demasiado tarde para un mensaje proactivo</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="66"/>
        <source>Proactive messages are allowed only within 30 days of order completion; this order completed %1 days ago.</source>
        <comment>outside-window why</comment>
        <translation>Los mensajes proactivos solo se admiten en los 30 días siguientes a la finalización del pedido; este pedido se completó hace %1 días.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="67"/>
        <source>Do not send it; answer only if the buyer writes first.</source>
        <comment>outside-window instead</comment>
        <translation>No lo envíe; responda solo si el comprador le escribe primero.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="68"/>
        <source>Message too long</source>
        <comment>message-length title</comment>
        <translation>Mensaje demasiado largo</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="69"/>
        <source>This contact reason allows %1 characters; the message has %2.</source>
        <comment>message-length why</comment>
        <translation>Este motivo de contacto admite %1 caracteres; el mensaje tiene %2.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="70"/>
        <source>Shorten the message.</source>
        <comment>message-length instead</comment>
        <translation>Acorte el mensaje.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="71"/>
        <source>HTML in a text message</source>
        <comment>html-in-text title</comment>
        <translation>HTML en un mensaje de texto</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="72"/>
        <source>Plain-text messages may not contain HTML markup; Amazon shows it as is or blocks the message.</source>
        <comment>html-in-text why</comment>
        <translation>Los mensajes de texto sin formato no pueden contener etiquetas HTML; Amazon las muestra tal cual o bloquea el mensaje.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="73"/>
        <source>Remove the markup, or write an HTML e-mail reply.</source>
        <comment>html-in-text instead</comment>
        <translation>Quite las etiquetas o escriba una respuesta por correo electrónico HTML.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="74"/>
        <source>In the text channel this link loses its address %1: write the address out, or remove the link.</source>
        <comment>html-in-text note hidden-link</comment>
        <translation>En el canal de texto, este enlace pierde su dirección %1: escriba la dirección completa o quite el enlace.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="75"/>
        <source>Seller Central&apos;s text box carries no pictures: this one would be lost.</source>
        <comment>html-in-text note picture</comment>
        <translation>El cuadro de texto de Seller Central no admite imágenes: esta se perdería.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="76"/>
        <source>Attachment not allowed</source>
        <comment>attachment-type title</comment>
        <translation>Archivo adjunto no permitido</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="77"/>
        <source>Attachments are limited to invoices, shipping labels, custom designs, product instructions, warranties and legal disclosures: at most 5 files and 10 MB in all.</source>
        <comment>attachment-type why</comment>
        <translation>Los archivos adjuntos se limitan a facturas, etiquetas de envío, diseños personalizados, instrucciones del producto, garantías e información legal: 5 archivos y 10&#xa0;MB en total como máximo.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="78"/>
        <source>Remove the attachment or send only the documents the reason allows.</source>
        <comment>attachment-type instead</comment>
        <translation>Quite el archivo adjunto o envíe solo los documentos que admite el motivo de contacto.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="79"/>
        <source>%1 is not a document type Amazon accepts.</source>
        <comment>attachment-type note file-type</comment>
        <translation>%1 no es un tipo de documento que Amazon acepte.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="80"/>
        <source>This contact reason allows no attachment.</source>
        <comment>attachment-type note reason</comment>
        <translation>Este motivo de contacto no admite archivos adjuntos.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="81"/>
        <source>The attachments weigh %1 MB in all; at most 10 MB are allowed.</source>
        <comment>attachment-type note too-large</comment>
        <translation>Los archivos adjuntos ocupan %1&#xa0;MB en total; se admiten 10&#xa0;MB como máximo.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="82"/>
        <source>%1 files attached; at most 5 are allowed.</source>
        <comment>attachment-type note too-many</comment>
        <translation>%1 archivos adjuntos; se admiten 5 como máximo.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="83"/>
        <source>Unknown placeholder</source>
        <comment>unknown-placeholder title</comment>
        <translation>Marcador desconocido</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="84"/>
        <source>%1 is not a placeholder Permitted can fill; it would reach the buyer as is.</source>
        <comment>unknown-placeholder why</comment>
        <translation>%1 no es un marcador que Permitted pueda rellenar; llegaría al comprador tal cual.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="85"/>
        <source>Use one of the known placeholders, such as {{order_id}} or {{buyer_name}}.</source>
        <comment>unknown-placeholder instead</comment>
        <translation>Use uno de los marcadores conocidos, como {{order_id}} o {{buyer_name}}.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="86"/>
        <source>Another tool&apos;s placeholder</source>
        <comment>foreign-placeholder title</comment>
        <translation>Marcador de otra herramienta</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="87"/>
        <source>%1 is written in another tool&apos;s placeholder syntax; Permitted fills only its own, such as %2.</source>
        <comment>foreign-placeholder why</comment>
        <translation>%1 está escrito con la sintaxis de marcadores de otra herramienta; Permitted solo rellena los suyos, como %2.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="88"/>
        <source>Write the placeholder as %2, so that Permitted fills it from the order.</source>
        <comment>foreign-placeholder instead</comment>
        <translation>Escriba el marcador como %2 para que Permitted lo rellene con los datos del pedido.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="89"/>
        <source>Placeholder not filled</source>
        <comment>unfilled-placeholder title</comment>
        <translation>Marcador sin rellenar</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="90"/>
        <source>%1 has no value yet; the buyer would see it as is.</source>
        <comment>unfilled-placeholder why</comment>
        <translation>%1 aún no tiene valor; el comprador lo vería tal cual.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="91"/>
        <source>Fill it from the order before copying the message.</source>
        <comment>unfilled-placeholder instead</comment>
        <translation>Rellénelo con los datos del pedido antes de copiar el mensaje.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="92"/>
        <source>Placeholders differ from the source</source>
        <comment>placeholder-mismatch title</comment>
        <translation>Marcadores distintos del texto de origen</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="93"/>
        <source>This translation lacks or adds %1 compared with its source language.</source>
        <comment>placeholder-mismatch why</comment>
        <translation>A esta traducción le falta o le sobra %1 respecto a su idioma de origen.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="94"/>
        <source>Use the same placeholders in every language of the template.</source>
        <comment>placeholder-mismatch instead</comment>
        <translation>Use los mismos marcadores en todos los idiomas de la plantilla.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="95"/>
        <source>&quot;[Important]&quot; in the subject</source>
        <comment>subject-important title</comment>
        <translation>«[Importante]» en el asunto</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="96"/>
        <source>Amazon removed the Important option from buyer messages; a subject marked this way looks like an attempt to get around it.</source>
        <comment>subject-important why</comment>
        <translation>Amazon retiró la opción Importante de los mensajes a los compradores; un asunto marcado así parece un intento de saltarse esa restricción.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="97"/>
        <source>Remove the marker and describe the subject plainly.</source>
        <comment>subject-important instead</comment>
        <translation>Quite la marca y describa el asunto con claridad.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="98"/>
        <source>Emoji or emoticon</source>
        <comment>emoji title</comment>
        <translation>Emoji o emoticono</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="99"/>
        <source>Emojis and emoticons are forbidden in buyer messages.</source>
        <comment>emoji why</comment>
        <translation>Los emojis y emoticonos están prohibidos en los mensajes a los compradores.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="100"/>
        <source>Remove it; say it in words if it matters.</source>
        <comment>emoji instead</comment>
        <translation>Quítelo; si es importante, dígalo con palabras.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="101"/>
        <source>Too many line breaks</source>
        <comment>consecutive-line-breaks title</comment>
        <translation>Demasiados saltos de línea</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="102"/>
        <source>Amazon allows at most two line breaks in a row (one blank line).</source>
        <comment>consecutive-line-breaks why</comment>
        <translation>Amazon admite como máximo dos saltos de línea seguidos (una línea en blanco).</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="103"/>
        <source>Keep a single blank line between paragraphs.</source>
        <comment>consecutive-line-breaks instead</comment>
        <translation>Deje una sola línea en blanco entre párrafos.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="104"/>
        <source>Possible misspelling</source>
        <comment>spelling title</comment>
        <translation>Posible error ortográfico</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="105"/>
        <source>%1 is not in the %2 dictionary.</source>
        <comment>spelling why</comment>
        <translation>%1 no está en el diccionario (%2).</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="106"/>
        <source>Check the spelling, or add the word to your dictionary.</source>
        <comment>spelling instead</comment>
        <translation>Revise la ortografía o añada la palabra a su diccionario.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="107"/>
        <source>Possible grammar or typing error</source>
        <comment>grammar title</comment>
        <translation>Posible error gramatical o errata</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="108"/>
        <source>This looks like a typing or grammar mistake.</source>
        <comment>grammar why</comment>
        <translation>Parece una errata o un error gramatical.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="109"/>
        <source>Check the sentence.</source>
        <comment>grammar instead</comment>
        <translation>Revise la frase.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="110"/>
        <source>The punctuation is doubled.</source>
        <comment>grammar note doubled-punctuation</comment>
        <translation>El signo de puntuación está repetido.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="111"/>
        <source>The sentence starts with a lower-case letter.</source>
        <comment>grammar note lowercase-start</comment>
        <translation>La frase empieza con minúscula.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="112"/>
        <source>A space is missing after the punctuation.</source>
        <comment>grammar note missing-space</comment>
        <translation>Falta un espacio después del signo de puntuación.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="113"/>
        <source>The word %1 is repeated.</source>
        <comment>grammar note repeated-word</comment>
        <translation>La palabra %1 está repetida.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="114"/>
        <source>%1 has no matching partner.</source>
        <comment>grammar note unbalanced</comment>
        <translation>%1 no tiene su signo de cierre o de apertura.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="115"/>
        <source>More than three font sizes</source>
        <comment>font-sizes title</comment>
        <translation>Más de tres tamaños de fuente</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="116"/>
        <source>Amazon allows at most three distinct font sizes in a message.</source>
        <comment>font-sizes why</comment>
        <translation>Amazon admite como máximo tres tamaños de fuente distintos en un mensaje.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="117"/>
        <source>Keep the body in one size; use bold for what must stand out.</source>
        <comment>font-sizes instead</comment>
        <translation>Use un solo tamaño en el cuerpo; ponga en negrita lo que deba destacar.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="118"/>
        <source>Font, colour or line height changed</source>
        <comment>font-override title</comment>
        <translation>Fuente, color o interlineado modificados</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="119"/>
        <source>Amazon does not allow a message to override the buyer&apos;s font family, font colour or line height.</source>
        <comment>font-override why</comment>
        <translation>Amazon no permite que un mensaje imponga al comprador la fuente, el color del texto o el interlineado.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="120"/>
        <source>Clear the font, colour and line spacing; the buyer&apos;s mail client sets them.</source>
        <comment>font-override instead</comment>
        <translation>Quite la fuente, el color y el interlineado; los define el cliente de correo del comprador.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="121"/>
        <source>A style sheet in the message sets %1.</source>
        <comment>font-override note sheet</comment>
        <translation>Una hoja de estilo del mensaje define %1.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="122"/>
        <source>Centred or aligned text</source>
        <comment>text-alignment title</comment>
        <translation>Texto centrado o alineado</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="123"/>
        <source>Amazon does not allow centred, right-aligned or justified text in a message.</source>
        <comment>text-alignment why</comment>
        <translation>Amazon no permite texto centrado, alineado a la derecha o justificado en un mensaje.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="124"/>
        <source>Leave the paragraph aligned as the buyer&apos;s mail client sets it.</source>
        <comment>text-alignment instead</comment>
        <translation>Deje el párrafo con la alineación que le dé el cliente de correo del comprador.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="125"/>
        <source>A style sheet in the message sets %1.</source>
        <comment>text-alignment note sheet</comment>
        <translation>Una hoja de estilo del mensaje define %1.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="126"/>
        <source>Margins too wide</source>
        <comment>margin-width title</comment>
        <translation>Márgenes demasiado anchos</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="127"/>
        <source>Margins or padding may take at most 20% of the message width (120 px of Amazon&apos;s 600 px column).</source>
        <comment>margin-width why</comment>
        <translation>Los márgenes o el relleno pueden ocupar como máximo el 20&#xa0;% del ancho del mensaje (120&#xa0;px de la columna de 600&#xa0;px de Amazon).</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="128"/>
        <source>Remove the margin or indent of this paragraph.</source>
        <comment>margin-width instead</comment>
        <translation>Quite el margen o la sangría de este párrafo.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="129"/>
        <source>A style sheet in the message sets %1.</source>
        <comment>margin-width note sheet</comment>
        <translation>Una hoja de estilo del mensaje define %1.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="130"/>
        <source>Picture too wide</source>
        <comment>image-width title</comment>
        <translation>Imagen demasiado ancha</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="131"/>
        <source>A picture may be at most 80% of the message width: 480 px of Amazon&apos;s 600 px column.</source>
        <comment>image-width why</comment>
        <translation>Una imagen puede ocupar como máximo el 80&#xa0;% del ancho del mensaje: 480&#xa0;px de la columna de 600&#xa0;px de Amazon.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="132"/>
        <source>Fit the picture to 480 px or less.</source>
        <comment>image-width instead</comment>
        <translation>Ajuste la imagen a 480&#xa0;px o menos.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="133"/>
        <source>The picture gives no width, so it may show wider than 480 px.</source>
        <comment>image-width note unknown-width</comment>
        <translation>La imagen no indica su ancho, así que puede mostrarse con más de 480&#xa0;px.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="134"/>
        <source>Picture loaded over http</source>
        <comment>insecure-image title</comment>
        <translation>Imagen cargada por http</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="135"/>
        <source>Amazon blocks pictures loaded over an insecure http:// address.</source>
        <comment>insecure-image why</comment>
        <translation>Amazon bloquea las imágenes cargadas desde una dirección http:// no segura.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="136"/>
        <source>Load the picture over https://.</source>
        <comment>insecure-image instead</comment>
        <translation>Cargue la imagen por https://.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="137"/>
        <source>This picture is not on the web over https (%1): the buyer&apos;s mail client cannot load it, or not safely.</source>
        <comment>insecure-image note not-https</comment>
        <translation>Esta imagen no está en la web por https (%1): el cliente de correo del comprador no puede cargarla, o no de forma segura.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="138"/>
        <source>Tracking pixel</source>
        <comment>tracking-pixel title</comment>
        <translation>Píxel de seguimiento</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="139"/>
        <source>Tiny or hidden pictures and pictures from open-tracking services report to the sender when the buyer reads the message; Amazon forbids them.</source>
        <comment>tracking-pixel why</comment>
        <translation>Las imágenes diminutas u ocultas y las de servicios de seguimiento de apertura avisan al remitente cuando el comprador lee el mensaje; Amazon las prohíbe.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="140"/>
        <source>Remove the picture.</source>
        <comment>tracking-pixel instead</comment>
        <translation>Quite la imagen.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="141"/>
        <source>GIF picture</source>
        <comment>animated-gif title</comment>
        <translation>Imagen GIF</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="142"/>
        <source>Amazon does not allow GIF pictures (animated pictures) in messages.</source>
        <comment>animated-gif why</comment>
        <translation>Amazon no permite imágenes GIF (imágenes animadas) en los mensajes.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="143"/>
        <source>Use a still PNG or JPEG picture, or none.</source>
        <comment>animated-gif instead</comment>
        <translation>Use una imagen fija PNG o JPEG, o ninguna.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="144"/>
        <source>Picture without a description</source>
        <comment>image-alt title</comment>
        <translation>Imagen sin descripción</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="145"/>
        <source>Every picture needs an alternative text for buyers who cannot see it.</source>
        <comment>image-alt why</comment>
        <translation>Toda imagen necesita un texto alternativo para los compradores que no pueden verla.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="146"/>
        <source>Describe the picture in a few words.</source>
        <comment>image-alt instead</comment>
        <translation>Describa la imagen en pocas palabras.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="147"/>
        <source>Picture linking outside Amazon</source>
        <comment>logo-link title</comment>
        <translation>Imagen con enlace fuera de Amazon</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="148"/>
        <source>A picture (a logo) may not link to a site outside Amazon.</source>
        <comment>logo-link why</comment>
        <translation>Una imagen (un logotipo) no puede enlazar a un sitio fuera de Amazon.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="149"/>
        <source>Remove the link from the picture.</source>
        <comment>logo-link instead</comment>
        <translation>Quite el enlace de la imagen.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="150"/>
        <source>Product photo</source>
        <comment>product-image title</comment>
        <translation>Foto del producto</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="151"/>
        <source>Amazon shows the product&apos;s picture beside the message itself; a product photo in the body is usually not needed.</source>
        <comment>product-image why</comment>
        <translation>Amazon ya muestra la imagen del producto junto al mensaje; una foto del producto en el cuerpo no suele ser necesaria.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="152"/>
        <source>Remove the photo unless the buyer needs it (a defect, an assembly step).</source>
        <comment>product-image instead</comment>
        <translation>Quite la foto, salvo que el comprador la necesite (un defecto, un paso del montaje).</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="153"/>
        <source>Link text does not say where it goes</source>
        <comment>link-text title</comment>
        <translation>El texto del enlace no indica adónde lleva</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="154"/>
        <source>Amazon requires link text that describes the destination; &quot;click here&quot; and empty links are not allowed.</source>
        <comment>link-text why</comment>
        <translation>Amazon exige que el texto de un enlace describa su destino; no se admiten «haga clic aquí» ni los enlaces vacíos.</translation>
    </message>
    <message>
        <location filename="../build/translations/rule_texts.cpp" line="155"/>
        <source>Use the destination as the link text, for example &quot;tracking page for your parcel&quot;.</source>
        <comment>link-text instead</comment>
        <translation>Use el destino como texto del enlace, por ejemplo «página de seguimiento de su paquete».</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/editor/main.cpp" line="183"/>
        <source>Write messages to Amazon buyers that pass Amazon&apos;s messaging rules.</source>
        <translation>Escriba a los compradores de Amazon mensajes que cumplan las reglas de mensajería de Amazon.</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="187"/>
        <source>Save a picture of the window to PNG once the draft is checked, then exit.</source>
        <translation>Guardar una captura de la ventana en PNG una vez comprobado el borrador y salir.</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="195"/>
        <source>Print the findings for FILE as permitted-check&apos;s JSON, then exit.</source>
        <translation>Mostrar los problemas de FILE en el formato JSON de permitted-check y salir.</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="197"/>
        <source>Write what the copy actions would copy to OUT (.html or .txt), then exit.</source>
        <translation>Escribir en OUT (.html o .txt) lo que copiarían las acciones de copia y salir.</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="202"/>
        <source>Write the template library to OUT.json, then exit.</source>
        <translation>Escribir la biblioteca de plantillas en OUT.json y salir.</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="205"/>
        <source>Add the templates of IN.json to the library, then exit.</source>
        <translation>Añadir a la biblioteca las plantillas de IN.json y salir.</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="208"/>
        <source>With --import-library: replace a template the library has, instead of keeping both.</source>
        <translation>Con --import-library: reemplazar una plantilla que ya esté en la biblioteca en lugar de conservar ambas.</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="212"/>
        <source>The buyer&apos;s language.</source>
        <translation>El idioma del comprador.</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="213"/>
        <source>The marketplace.</source>
        <translation>El marketplace.</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="214"/>
        <source>reply or proactive.</source>
        <translation>reply (respuesta) o proactive (proactivo).</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="215"/>
        <source>html or text.</source>
        <translation>html o text.</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="216"/>
        <source>The draft to open.</source>
        <translation>El borrador que se abrirá.</translation>
    </message>
</context>
<context>
    <name>permitted::AddLanguageDialog</name>
    <message>
        <location filename="../ui/library/add_language_dialog.cpp" line="16"/>
        <source>Start from the &amp;built-in template in that language</source>
        <translation>Partir de la plantilla &amp;predefinida en ese idioma</translation>
    </message>
    <message>
        <location filename="../ui/library/add_language_dialog.cpp" line="17"/>
        <source>Start from a &amp;copy of the %1 text, to translate</source>
        <translation>Partir de una &amp;copia del texto (%1) para traducirla</translation>
    </message>
    <message>
        <location filename="../ui/library/add_language_dialog.cpp" line="20"/>
        <source>Add Language</source>
        <translation>Añadir idioma</translation>
    </message>
    <message>
        <location filename="../ui/library/add_language_dialog.cpp" line="26"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../ui/library/add_language_dialog.cpp" line="28"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
</context>
<context>
    <name>permitted::CheckedTextEdit</name>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="79"/>
        <source>F1: this rule in the rules reference, with examples</source>
        <translation>F1: esta regla en la guía de reglas, con ejemplos</translation>
    </message>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="106"/>
        <source>Describe the Picture</source>
        <translation>Describir la imagen</translation>
    </message>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="107"/>
        <source>A few words for buyers who cannot see the picture:</source>
        <translation>Unas palabras para los compradores que no pueden ver la imagen:</translation>
    </message>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="150"/>
        <source>No suggestions</source>
        <translation>No hay sugerencias</translation>
    </message>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="151"/>
        <source>Add “%1” to Dictionary</source>
        <translation>Añadir «%1» al diccionario</translation>
    </message>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="154"/>
        <source>Add to Dictionary</source>
        <translation>Añadir al diccionario</translation>
    </message>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="155"/>
        <source>The word could not be saved to your dictionary: %1</source>
        <translation>No se ha podido guardar la palabra en su diccionario: %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="159"/>
        <source>Ignore Here</source>
        <translation>Ignorar aquí</translation>
    </message>
    <message>
        <location filename="../ui/editor/checked_text_edit.cpp" line="160"/>
        <source>About This Rule</source>
        <translation>Acerca de esta regla</translation>
    </message>
</context>
<context>
    <name>permitted::DraftSession</name>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="35"/>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="64"/>
        <location filename="../ui/files/draft_session.cpp" line="77"/>
        <source>Open Draft</source>
        <translation>Abrir borrador</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="65"/>
        <source>Drafts (*.html *.htm *.txt);;All files (*)</source>
        <translation>Borradores (*.html *.htm *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="76"/>
        <source>%1 cannot be opened: %2.</source>
        <translation>No se puede abrir %1: %2.</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="121"/>
        <location filename="../ui/files/draft_session.cpp" line="129"/>
        <source>Save Draft As</source>
        <translation>Guardar borrador como</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="122"/>
        <source>HTML draft (*.html);;Plain text, body only (*.txt)</source>
        <translation>Borrador HTML (*.html);;Texto sin formato, solo el cuerpo (*.txt)</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="130"/>
        <source>A plain-text draft keeps the body only: the subject and the formatting are not saved. Save anyway?</source>
        <translation>Un borrador de texto sin formato solo conserva el cuerpo: no se guardan el asunto ni el formato. ¿Desea guardarlo de todos modos?</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="142"/>
        <source>Save Draft</source>
        <translation>Guardar borrador</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="143"/>
        <source>%1 could not be saved: %2
Your text is still here; try another folder.</source>
        <translation>No se ha podido guardar %1: %2
Su texto sigue aquí; pruebe con otra carpeta.</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="162"/>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="162"/>
        <source>Save the changes to %1 before going on?</source>
        <translation>¿Desea guardar los cambios de %1 antes de continuar?</translation>
    </message>
    <message>
        <location filename="../ui/files/draft_session.cpp" line="207"/>
        <source>Clear Recent Files</source>
        <translation>Borrar lista de archivos recientes</translation>
    </message>
</context>
<context>
    <name>permitted::FindBar</name>
    <message>
        <location filename="../ui/editor/find_bar.cpp" line="16"/>
        <source>Match &amp;case</source>
        <translation>Distinguir &amp;mayúsculas</translation>
    </message>
    <message>
        <location filename="../ui/editor/find_bar.cpp" line="16"/>
        <source>&amp;Whole words</source>
        <translation>Palabras &amp;completas</translation>
    </message>
    <message>
        <location filename="../ui/editor/find_bar.cpp" line="20"/>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../ui/editor/find_bar.cpp" line="21"/>
        <source>Text to find</source>
        <translation>Texto que buscar</translation>
    </message>
    <message>
        <location filename="../ui/editor/find_bar.cpp" line="23"/>
        <source>Replace with</source>
        <translation>Reemplazar por</translation>
    </message>
    <message>
        <location filename="../ui/editor/find_bar.cpp" line="24"/>
        <source>Replacement text</source>
        <translation>Texto de reemplazo</translation>
    </message>
    <message>
        <location filename="../ui/editor/find_bar.cpp" line="27"/>
        <source>&amp;Previous</source>
        <translation>A&amp;nterior</translation>
    </message>
    <message>
        <location filename="../ui/editor/find_bar.cpp" line="28"/>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <location filename="../ui/editor/find_bar.cpp" line="31"/>
        <source>Close (Escape)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/editor/find_bar.cpp" line="32"/>
        <source>Close the find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <location filename="../ui/editor/find_bar.cpp" line="34"/>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <location filename="../ui/editor/find_bar.cpp" line="35"/>
        <source>Replace &amp;All</source>
        <translation>Reemplazar &amp;todo</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/find_bar.cpp" line="154"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n reemplazo</numerusform>
            <numerusform>%n reemplazos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editor/find_bar.cpp" line="162"/>
        <source>Not found</source>
        <translation>Sin resultados</translation>
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
        <translation>N</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="32"/>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="33"/>
        <source>I</source>
        <translation>K</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="33"/>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="34"/>
        <source>U</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="34"/>
        <source>Underline</source>
        <translation>Subrayado</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="61"/>
        <source>Font size</source>
        <translation>Tamaño de fuente</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="73"/>
        <source>Bulleted List</source>
        <translation>Lista con viñetas</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="74"/>
        <source>Numbered List</source>
        <translation>Lista numerada</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="85"/>
        <source>Align Left</source>
        <translation>Alinear a la izquierda</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="85"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="86"/>
        <source>Center</source>
        <translation>Centrar</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="86"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="87"/>
        <source>Align Right</source>
        <translation>Alinear a la derecha</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="87"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="88"/>
        <source>Justify</source>
        <translation>Justificar</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="88"/>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="104"/>
        <source>Insert Link…</source>
        <translation>Insertar enlace…</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="105"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="106"/>
        <source>Insert Image…</source>
        <translation>Insertar imagen…</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="147"/>
        <source>Insert Link</source>
        <translation>Insertar enlace</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="147"/>
        <source>Address of the link:</source>
        <translation>Dirección del enlace:</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="168"/>
        <source>Insert Image</source>
        <translation>Insertar imagen</translation>
    </message>
    <message>
        <location filename="../ui/editor/format_toolbar.cpp" line="168"/>
        <source>Address of the image:</source>
        <translation>Dirección de la imagen:</translation>
    </message>
</context>
<context>
    <name>permitted::LibraryPanel</name>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="29"/>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="37"/>
        <location filename="../ui/library/library_panel.cpp" line="43"/>
        <source>Search templates</source>
        <translation>Buscar plantillas</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="38"/>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="40"/>
        <source>Text of the selected template</source>
        <translation>Texto de la plantilla seleccionada</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="46"/>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="46"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="58"/>
        <source>New…</source>
        <translation>Nueva…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="58"/>
        <source>A new template from a built-in one or from the message in the editor</source>
        <translation>Una plantilla nueva a partir de una predefinida o del mensaje del editor</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="60"/>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="62"/>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="64"/>
        <source>Tags…</source>
        <translation>Etiquetas…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="66"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="74"/>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="77"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="78"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="86"/>
        <source>Export Selected…</source>
        <translation>Exportar selección…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="87"/>
        <source>Export All…</source>
        <translation>Exportar todo…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="88"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="116"/>
        <source>New Template from This…</source>
        <translation>Nueva plantilla a partir de esta…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="124"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="167"/>
        <source>%1: source</source>
        <translation>%1: origen</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="169"/>
        <source>%1 (to review)</source>
        <translation>%1 (por revisar)</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="170"/>
        <source>%1: to review</source>
        <translation>%1: por revisar</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="173"/>
        <source>%1: translated</source>
        <translation>%1: traducido</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="214"/>
        <source>%1
Tags: %2</source>
        <translation>%1
Etiquetas: %2</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="226"/>
        <source>Your template library could not be opened: %1</source>
        <translation>No se ha podido abrir su biblioteca de plantillas: %1</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="228"/>
        <source>No templates yet. “New…” starts one from a built-in template, in any buyer language.</source>
        <translation>Aún no hay plantillas. «Nueva…» crea una a partir de una plantilla predefinida, en cualquier idioma del comprador.</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="230"/>
        <source>No template matches “%1”.</source>
        <translation>Ninguna plantilla coincide con «%1».</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="247"/>
        <source>Built-in templates (read-only)</source>
        <translation>Plantillas predefinidas (solo lectura)</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="254"/>
        <source>Permitted&apos;s own templates: “New…” or a double click copies one into your library</source>
        <translation>Plantillas propias de Permitted: «Nueva…» o un doble clic copia una en su biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="266"/>
        <source>%1
Built-in, in %2: a double click copies it into your library</source>
        <translation>%1
Plantilla predefinida (%2): un doble clic la copia en su biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="326"/>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="327"/>
        <source>Duplicate “%1”</source>
        <translation>Duplicar «%1»</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="337"/>
        <source>Rename Template</source>
        <translation>Cambiar nombre de la plantilla</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="337"/>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="348"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="348"/>
        <source>Tags of “%1”, separated by commas:</source>
        <translation>Etiquetas de «%1», separadas por comas:</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="365"/>
        <source>Delete Template</source>
        <translation>Eliminar plantilla</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/library_panel.cpp" line="366"/>
        <source>Delete the template “%1” and its %n language(s)?</source>
        <translation>
            <numerusform>¿Desea eliminar la plantilla «%1» y su idioma?</numerusform>
            <numerusform>¿Desea eliminar la plantilla «%1» y sus %n idiomas?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="367"/>
        <source>Edit ▸ Undo in this panel (Ctrl+Z) brings it back.</source>
        <translation>Edición ▸ Deshacer en este panel (Ctrl+Z) la recupera.</translation>
    </message>
    <message>
        <location filename="../ui/library/library_panel.cpp" line="372"/>
        <source>Deleted “%1”. Undo brings it back.</source>
        <translation>Se ha eliminado «%1». Deshacer la recupera.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/library_panel.cpp" line="379"/>
        <location filename="../ui/library/library_panel.cpp" line="389"/>
        <source>%n template(s) exported.</source>
        <translation>
            <numerusform>%n plantilla exportada.</numerusform>
            <numerusform>%n plantillas exportadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>permitted::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="74"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="75"/>
        <source>Write your message to the buyer here.</source>
        <translation>Escriba aquí su mensaje al comprador.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="76"/>
        <source>Message to the buyer</source>
        <translation>Mensaje al comprador</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="87"/>
        <source>&amp;Subject:</source>
        <translation>A&amp;sunto:</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="107"/>
        <source>Loading the rules…</source>
        <translation>Cargando las reglas…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="149"/>
        <location filename="../ui/main_window.cpp" line="427"/>
        <source>Template Library</source>
        <translation>Biblioteca de plantillas</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="150"/>
        <source>A change could not be saved in your template library: %1

The text is still in the editor.</source>
        <translation>No se ha podido guardar un cambio en su biblioteca de plantillas: %1

El texto sigue en el editor.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="187"/>
        <source>The recovery copy of this draft could not be written in %1: save the draft yourself.</source>
        <translation>No se ha podido escribir la copia de recuperación de este borrador en %1: guarde usted el borrador.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="218"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="218"/>
        <source>Your dictionary could not be saved: %1</source>
        <translation>No se ha podido guardar su diccionario: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="222"/>
        <source>The interface language changes when Permitted starts again.</source>
        <translation>El idioma de la interfaz cambiará la próxima vez que se inicie Permitted.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="229"/>
        <source>The rules are still loading; the reference opens once they are.</source>
        <translation>Las reglas aún se están cargando; la guía se abrirá cuando terminen.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="262"/>
        <source>The draft was restored; it is not saved yet.</source>
        <translation>Se ha restaurado el borrador; todavía no está guardado.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="284"/>
        <location filename="../ui/main_window.cpp" line="288"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="289"/>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="291"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="292"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="305"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="306"/>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="307"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="308"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="309"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="311"/>
        <source>Save &amp;As…</source>
        <translation>Guardar c&amp;omo…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="311"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="313"/>
        <source>Copy for Seller &amp;Central</source>
        <translation>Copiar para Seller &amp;Central</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="313"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="314"/>
        <source>Copy as &amp;HTML E-mail</source>
        <translation>Copiar como correo electrónico &amp;HTML</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="314"/>
        <source>Ctrl+Alt+C</source>
        <translation>Ctrl+Alt+C</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="316"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="319"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="325"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="328"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="331"/>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="333"/>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="334"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="335"/>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="336"/>
        <source>Select &amp;All</source>
        <translation>Seleccionar t&amp;odo</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="339"/>
        <source>Pr&amp;eferences…</source>
        <translation>Pr&amp;eferencias…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="341"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="344"/>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="345"/>
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="346"/>
        <source>Find Pre&amp;vious</source>
        <translation>Buscar &amp;anterior</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="348"/>
        <source>R&amp;eplace…</source>
        <translation>Reempla&amp;zar…</translation>
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
        <translation>&amp;Plantillas</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="355"/>
        <source>&amp;New Template…</source>
        <translation>&amp;Nueva plantilla…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="355"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="356"/>
        <source>&amp;Add Language…</source>
        <translation>&amp;Añadir idioma…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="357"/>
        <source>&amp;Close Template</source>
        <translation>&amp;Cerrar plantilla</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="359"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="360"/>
        <source>&amp;Export All…</source>
        <translation>&amp;Exportar todo…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="367"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="368"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="370"/>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="371"/>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="372"/>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Restablecer zoom</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="372"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="379"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="380"/>
        <source>&amp;Rules Reference</source>
        <translation>&amp;Guía de reglas</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="381"/>
        <source>&amp;About Permitted</source>
        <translation>&amp;Acerca de Permitted</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="382"/>
        <source>About Permitted</source>
        <translation>Acerca de Permitted</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="383"/>
        <source>&lt;p&gt;&lt;b&gt;Permitted&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Checks messages to Amazon buyers against Amazon&apos;s communication rules as you write them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Permitted&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Comprueba, mientras usted los escribe, que sus mensajes a los compradores de Amazon cumplen las reglas de comunicación de Amazon.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="402"/>
        <source>The rules could not be loaded: messages are not checked.</source>
        <translation>No se han podido cargar las reglas: los mensajes no se comprueban.</translation>
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
        <translation>No se han podido cargar las reglas, así que no se comprueba nada. Reinstalar Permitted debería solucionarlo.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="476"/>
        <source>New Template “%1”</source>
        <translation>Nueva plantilla «%1»</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="508"/>
        <source>%n problem(s) would get this message blocked</source>
        <translation>
            <numerusform>Amazon bloquearía este mensaje por %n problema</numerusform>
            <numerusform>Amazon bloquearía este mensaje por %n problemas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="510"/>
        <source>Write your message; it is checked as you type.</source>
        <translation>Escriba su mensaje; se comprueba a medida que escribe.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="512"/>
        <source>Ready to send, but look at the warnings</source>
        <translation>Listo para enviar, pero revise las advertencias</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="514"/>
        <source>Ready to send</source>
        <translation>Listo para enviar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="515"/>
        <source>Errors: %1 · Warnings: %2 · Suggestions: %3</source>
        <translation>Errores: %1 · Advertencias: %2 · Sugerencias: %3</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="592"/>
        <source>%1: “%2”</source>
        <translation>%1: «%2»</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="596"/>
        <source>Copy Message</source>
        <translation>Copiar mensaje</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="597"/>
        <source>This message still has %n problem(s) that would get it blocked by Amazon. Copy it anyway?</source>
        <translation>
            <numerusform>Este mensaje aún tiene %n problema por el que Amazon lo bloquearía. ¿Desea copiarlo de todos modos?</numerusform>
            <numerusform>Este mensaje aún tiene %n problemas por los que Amazon lo bloquearía. ¿Desea copiarlo de todos modos?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="601"/>
        <source>
… and %n more</source>
        <translation>
            <numerusform>
… y %n más</numerusform>
            <numerusform>
… y %n más</numerusform>
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
        <translation>El mensaje está en el portapapeles, listo para Seller Central.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="620"/>
        <source>Plain text keeps no link address behind words: %1 lost its link.</source>
        <translation>El texto sin formato no conserva la dirección de un enlace puesto sobre palabras: %1 ha perdido su enlace.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="635"/>
        <source>It is not in the order history: the Order panel has no order ID.</source>
        <translation>No se ha registrado en el historial del pedido: el panel Pedido no tiene ID del pedido.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="637"/>
        <source>It is not in the order history: the order ID “%1” is incomplete.</source>
        <translation>No se ha registrado en el historial del pedido: el ID del pedido «%1» está incompleto.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="639"/>
        <source>It is not in the order history: the template library, which keeps it, could not be opened.</source>
        <translation>No se ha registrado en el historial del pedido: no se ha podido abrir la biblioteca de plantillas, que lo guarda.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="641"/>
        <source>It is not in the order history: the library could not save it.</source>
        <translation>No se ha registrado en el historial del pedido: la biblioteca no ha podido guardarlo.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="658"/>
        <source>The message is on the clipboard as an HTML e-mail.</source>
        <translation>El mensaje está en el portapapeles como correo electrónico HTML.</translation>
    </message>
</context>
<context>
    <name>permitted::NewTemplateDialog</name>
    <message>
        <location filename="../ui/library/new_template_dialog.cpp" line="20"/>
        <source>Start from the &amp;built-in template</source>
        <translation>Partir de la plantilla &amp;predefinida</translation>
    </message>
    <message>
        <location filename="../ui/library/new_template_dialog.cpp" line="21"/>
        <source>Start from the message in the &amp;editor</source>
        <translation>Partir del mensaje del &amp;editor</translation>
    </message>
    <message>
        <location filename="../ui/library/new_template_dialog.cpp" line="26"/>
        <source>The text the template starts with</source>
        <translation>El texto con el que empieza la plantilla</translation>
    </message>
    <message>
        <location filename="../ui/library/new_template_dialog.cpp" line="28"/>
        <source>New Template</source>
        <translation>Nueva plantilla</translation>
    </message>
    <message>
        <location filename="../ui/library/new_template_dialog.cpp" line="37"/>
        <source>Contact &amp;reason:</source>
        <translation>Motivo de &amp;contacto:</translation>
    </message>
    <message>
        <location filename="../ui/library/new_template_dialog.cpp" line="38"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../ui/library/new_template_dialog.cpp" line="39"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../ui/library/new_template_dialog.cpp" line="41"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location filename="../ui/library/new_template_dialog.cpp" line="67"/>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
</context>
<context>
    <name>permitted::OrderPanel</name>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="22"/>
        <source>Order completed on</source>
        <translation>Pedido completado el</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="24"/>
        <source>A review was already requested for this order</source>
        <translation>Ya se ha solicitado una reseña para este pedido</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="29"/>
        <source>None chosen</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="33"/>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="34"/>
        <source>An answer to a message from the buyer</source>
        <translation>Una respuesta a un mensaje del comprador</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="35"/>
        <source>Proactive</source>
        <translation>Proactivo</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="36"/>
        <source>A message you send first, at your own initiative: Amazon&apos;s stricter rules apply</source>
        <translation>Un mensaje que usted envía primero, por iniciativa propia: se aplican las reglas más estrictas de Amazon</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="38"/>
        <source>HTML e-mail reply</source>
        <translation>Respuesta por correo electrónico HTML</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="39"/>
        <source>Seller Central text box</source>
        <translation>Cuadro de texto de Seller Central</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="40"/>
        <source>An HTML e-mail keeps formatting and pictures, and Amazon&apos;s styling rules apply; Seller Central&apos;s text box keeps the text only</source>
        <translation>Un correo electrónico HTML conserva el formato y las imágenes, y se aplican las reglas de estilo de Amazon; el cuadro de texto de Seller Central solo conserva el texto</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="51"/>
        <source>Date the order was completed</source>
        <translation>Fecha en que se completó el pedido</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="53"/>
        <source>Amazon allows one review request per order</source>
        <translation>Amazon solo permite una solicitud de reseña por pedido</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="59"/>
        <source>Buyer &amp;language:</source>
        <translation>&amp;Idioma del comprador:</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="60"/>
        <source>&amp;Marketplace:</source>
        <translation>&amp;Marketplace:</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="61"/>
        <source>Contact &amp;reason:</source>
        <translation>Motivo de &amp;contacto:</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="62"/>
        <source>Message &amp;type:</source>
        <translation>&amp;Tipo de mensaje:</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="63"/>
        <source>Sent &amp;as:</source>
        <translation>E&amp;nviado como:</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="64"/>
        <source>Order &amp;ID:</source>
        <translation>ID del pe&amp;dido:</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="70"/>
        <source>&lt;b&gt;Placeholder values&lt;/b&gt;</source>
        <translation>&lt;b&gt;Valores de los marcadores&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/order_panel.cpp" line="71"/>
        <source>What the buyer reads in place of each {{placeholder}}, in the preview and when you copy</source>
        <translation>Lo que el comprador lee en lugar de cada {{marcador}}, en la vista previa y al copiar</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/order_panel.cpp" line="173"/>
        <source>%n message(s) copied for this order before; the last: %1, on %2.</source>
        <translation>
            <numerusform>Ya se copió %n mensaje para este pedido: %1, el %2.</numerusform>
            <numerusform>Ya se copiaron %n mensajes para este pedido; el último: %1, el %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>permitted::PlaceholderForm</name>
    <message>
        <location filename="../ui/panels/placeholder_form.cpp" line="38"/>
        <source>The message has no placeholders to fill.</source>
        <translation>El mensaje no tiene marcadores que rellenar.</translation>
    </message>
</context>
<context>
    <name>permitted::PreferencesDialog</name>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="44"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="46"/>
        <source>As the system</source>
        <translation>El del sistema</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="50"/>
        <location filename="../ui/settings/preferences_dialog.cpp" line="92"/>
        <source>The one last used</source>
        <translation>El último utilizado</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="60"/>
        <source>Your dictionary, one word a line</source>
        <translation>Su diccionario, una palabra por línea</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="63"/>
        <source>&amp;Interface language:</source>
        <translation>Idioma de la &amp;interfaz:</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="64"/>
        <source>Takes effect when Permitted starts again.</source>
        <translation>Se aplica la próxima vez que se inicie Permitted.</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="67"/>
        <source>New message in &amp;language:</source>
        <translation>Idioma de los mensajes &amp;nuevos:</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="68"/>
        <source>New message on &amp;marketplace:</source>
        <translation>&amp;Marketplace de los mensajes nuevos:</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="69"/>
        <source>Your &amp;seller name:</source>
        <translation>Su nombre de &amp;vendedor:</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="70"/>
        <source>Your &amp;dictionary (words never marked as misspelt), one a line:</source>
        <translation>Su &amp;diccionario (palabras que nunca se marcan como errores), una por línea:</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="71"/>
        <source>Your dictionary can be edited once the rules have loaded.</source>
        <translation>Podrá editar su diccionario cuando se hayan cargado las reglas.</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="92"/>
        <source>The language&apos;s first</source>
        <translation>El primero de ese idioma</translation>
    </message>
</context>
<context>
    <name>permitted::PreviewHtml</name>
    <message>
        <location filename="../ui/preview/preview_html.cpp" line="112"/>
        <source>Image not loaded:</source>
        <translation>Imagen no cargada:</translation>
    </message>
</context>
<context>
    <name>permitted::PreviewShell</name>
    <message>
        <location filename="../ui/preview/preview_shell.cpp" line="61"/>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_shell.cpp" line="63"/>
        <source>Order ID:</source>
        <translation>ID del pedido:</translation>
    </message>
</context>
<context>
    <name>permitted::PreviewView</name>
    <message>
        <location filename="../ui/preview/preview_view.cpp" line="58"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_view.cpp" line="66"/>
        <source>Desktop</source>
        <translation>Ordenador</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_view.cpp" line="67"/>
        <source>Amazon&apos;s message column on a computer (%1 px)</source>
        <translation>La columna de mensajes de Amazon en un ordenador (%1&#xa0;px)</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_view.cpp" line="68"/>
        <source>Phone</source>
        <translation>Móvil</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_view.cpp" line="69"/>
        <source>The message on a phone (%1 px)</source>
        <translation>El mensaje en un móvil (%1&#xa0;px)</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_view.cpp" line="79"/>
        <source>The message as the buyer will see it</source>
        <translation>El mensaje tal como lo verá el comprador</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_view.cpp" line="92"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_view.cpp" line="94"/>
        <source>Select &amp;All</source>
        <translation>Seleccionar t&amp;odo</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_view.cpp" line="114"/>
        <source>Link to %1</source>
        <translation>Enlace a %1</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_view.cpp" line="117"/>
        <source>Links do not open in the preview: %1</source>
        <translation>Los enlaces no se abren en la vista previa: %1</translation>
    </message>
</context>
<context>
    <name>permitted::ProblemsPanel</name>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="22"/>
        <source>whole message</source>
        <translation>todo el mensaje</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="25"/>
        <source>picture</source>
        <translation>imagen</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="26"/>
        <source>[picture]</source>
        <translation>[imagen]</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="28"/>
        <source>blank lines and spaces</source>
        <translation>líneas en blanco y espacios</translation>
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
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="40"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="40"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="40"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="83"/>
        <location filename="../ui/panels/problems_panel.cpp" line="94"/>
        <source>&amp;Show in the Text</source>
        <translation>&amp;Mostrar en el texto</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="87"/>
        <source>&amp;Ignore Here</source>
        <translation>&amp;Ignorar aquí</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="88"/>
        <source>&amp;About This Rule</source>
        <translation>&amp;Acerca de esta regla</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="95"/>
        <source>&amp;Stop Ignoring</source>
        <translation>&amp;Dejar de ignorar</translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="128"/>
        <location filename="../ui/panels/problems_panel.cpp" line="137"/>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/problems_panel.cpp" line="131"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/problems_panel.cpp" line="137"/>
        <source>Ignored: %1</source>
        <translation>Ignorado: %1</translation>
    </message>
</context>
<context>
    <name>permitted::RulesReferenceWindow</name>
    <message>
        <location filename="../ui/help/rules_reference_window.cpp" line="36"/>
        <source>Error: Amazon blocks a message that breaks this rule</source>
        <translation>Error: Amazon bloquea los mensajes que incumplen esta regla</translation>
    </message>
    <message>
        <location filename="../ui/help/rules_reference_window.cpp" line="37"/>
        <source>Warning: allowed, but look at it before sending</source>
        <translation>Advertencia: se admite, pero revíselo antes de enviar</translation>
    </message>
    <message>
        <location filename="../ui/help/rules_reference_window.cpp" line="38"/>
        <source>Suggestion: the message can be better</source>
        <translation>Sugerencia: el mensaje puede mejorar</translation>
    </message>
    <message>
        <location filename="../ui/help/rules_reference_window.cpp" line="50"/>
        <source>Rules Reference</source>
        <translation>Guía de reglas</translation>
    </message>
    <message>
        <location filename="../ui/help/rules_reference_window.cpp" line="51"/>
        <location filename="../ui/help/rules_reference_window.cpp" line="52"/>
        <source>Search the rules</source>
        <translation>Buscar en las reglas</translation>
    </message>
    <message>
        <location filename="../ui/help/rules_reference_window.cpp" line="54"/>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <location filename="../ui/help/rules_reference_window.cpp" line="55"/>
        <source>The chosen rule</source>
        <translation>La regla elegida</translation>
    </message>
    <message>
        <location filename="../ui/help/rules_reference_window.cpp" line="119"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../ui/help/rules_reference_window.cpp" line="121"/>
        <source>Instead</source>
        <translation>En su lugar</translation>
    </message>
    <message>
        <location filename="../ui/help/rules_reference_window.cpp" line="130"/>
        <source>Breaks the rule</source>
        <translation>Incumple la regla</translation>
    </message>
    <message>
        <location filename="../ui/help/rules_reference_window.cpp" line="131"/>
        <source>Keeps to it</source>
        <translation>La cumple</translation>
    </message>
    <message>
        <location filename="../ui/help/rules_reference_window.cpp" line="132"/>
        <source>Rule %1 · from: %2</source>
        <translation>Regla %1 · fuente: %2</translation>
    </message>
</context>
<context>
    <name>permitted::SourcePane</name>
    <message>
        <location filename="../ui/library/source_pane.cpp" line="19"/>
        <source>Source text of the template</source>
        <translation>Texto de origen de la plantilla</translation>
    </message>
    <message>
        <location filename="../ui/library/source_pane.cpp" line="45"/>
        <source>&lt;b&gt;Source: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Origen: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/library/source_pane.cpp" line="67"/>
        <source>To review: the source has not changed in its words since the last review.</source>
        <translation>Por revisar: las palabras del texto de origen no han cambiado desde la última revisión.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/source_pane.cpp" line="68"/>
        <source>To review: %n sentence(s) of the source changed since the last review, marked below.</source>
        <translation>
            <numerusform>Por revisar: %n frase del texto de origen ha cambiado desde la última revisión; está marcada abajo.</numerusform>
            <numerusform>Por revisar: %n frases del texto de origen han cambiado desde la última revisión; están marcadas abajo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/library/source_pane.cpp" line="71"/>
        <source>To review: what changed in the source is not known for this translation.</source>
        <translation>Por revisar: no se sabe qué ha cambiado en el texto de origen para esta traducción.</translation>
    </message>
</context>
<context>
    <name>permitted::TemplateBar</name>
    <message>
        <location filename="../ui/library/template_bar.cpp" line="29"/>
        <source>Add Language… (translate this template into another buyer language)</source>
        <translation>Añadir idioma… (traducir esta plantilla a otro idioma del comprador)</translation>
    </message>
    <message>
        <location filename="../ui/library/template_bar.cpp" line="32"/>
        <source>Close Template (its text stays in the editor as a draft)</source>
        <translation>Cerrar plantilla (su texto sigue en el editor como borrador)</translation>
    </message>
    <message>
        <location filename="../ui/library/template_bar.cpp" line="61"/>
        <source>Remove %1…</source>
        <translation>Quitar idioma: %1…</translation>
    </message>
    <message>
        <location filename="../ui/library/template_bar.cpp" line="86"/>
        <source>Remove Language</source>
        <translation>Quitar idioma</translation>
    </message>
    <message>
        <location filename="../ui/library/template_bar.cpp" line="87"/>
        <source>Remove the %1 text of “%2”? This cannot be undone.</source>
        <translation>¿Desea quitar el texto (%1) de «%2»? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../ui/library/template_bar.cpp" line="119"/>
        <source>%1 (source)</source>
        <translation>%1 (origen)</translation>
    </message>
    <message>
        <location filename="../ui/library/template_bar.cpp" line="121"/>
        <source>%1 (to review)</source>
        <translation>%1 (por revisar)</translation>
    </message>
    <message>
        <location filename="../ui/library/template_bar.cpp" line="137"/>
        <source>Check this translation against the %1 text beside it: the source changed after it was translated, or it was started from another text.</source>
        <translation>Compare esta traducción con el texto (%1) que tiene al lado: el texto de origen cambió después de traducirla, o se empezó a partir de otro texto.</translation>
    </message>
    <message>
        <location filename="../ui/library/template_bar.cpp" line="139"/>
        <source>Mark as Reviewed</source>
        <translation>Marcar como revisada</translation>
    </message>
    <message>
        <location filename="../ui/library/template_bar.cpp" line="143"/>
        <source>The buyer reads %1, and this template has no %1 text yet.</source>
        <translation>Idioma del comprador: %1. Esta plantilla aún no tiene texto en este idioma.</translation>
    </message>
    <message>
        <location filename="../ui/library/template_bar.cpp" line="144"/>
        <source>Add %1</source>
        <translation>Añadir: %1</translation>
    </message>
    <message>
        <location filename="../ui/library/template_bar.cpp" line="147"/>
        <source>Translated from %1.</source>
        <translation>Idioma de origen: %1.</translation>
    </message>
    <message>
        <location filename="../ui/library/template_bar.cpp" line="150"/>
        <source>Changes are saved in your library as you type.</source>
        <translation>Los cambios se guardan en su biblioteca a medida que escribe.</translation>
    </message>
</context>
</TS>
