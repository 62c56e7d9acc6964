#pragma once
// Asks which language to add to a template, and what its text starts from: the built-in
// template of the same reason in that language, or a copy of the source text to translate.

#include "library_types.h"

#include <QDialog>

class QComboBox;
class QRadioButton;

namespace permitted {

class AddLanguageDialog : public QDialog {
    Q_OBJECT
public:
    AddLanguageDialog(const LibraryTemplate &t, const QString &suggested, const QString &uiLanguage, QWidget *parent = nullptr);

    QString language() const;
    TemplateText text() const;
    // Done when the built-in text translates a source that is still the built-in one; anything
    // else must be checked by the user first.
    TranslationStatus status() const;

private:
    void languageChosen();

    LibraryTemplate m_template;
    QComboBox *m_language;
    QRadioButton *m_fromBuiltin;
    QRadioButton *m_fromSource;
};

} // namespace permitted
