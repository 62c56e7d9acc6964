#pragma once
// A finding's fix applied to the editor's document as one undoable step: the text replacement,
// or a styling fix on the formats of the stretch, its paragraphs or its picture. The same fixes
// as editing/message_edit.h makes to the model.

#include "finding.h"

class QTextDocument;

namespace permitted {

// False when the fix does not fit the document (a picture that is not there any more, an
// alternative text not written yet).
bool applyFixToDocument(QTextDocument &document, const Fix &fix);

} // namespace permitted
