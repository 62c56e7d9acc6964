#pragma once
// Asks how a new library template begins: from a built-in template (a contact reason in a
// buyer language), or from the message now in the editor; and its name. The text it starts
// with shows below, as it will be copied.

#include "library_types.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace permitted {

class NewTemplateDialog : public QDialog {
    Q_OBJECT
public:
    // `draft`: the editor's message, offered as the other start; `reason` and `language`: the
    // order panel's, chosen first.
    NewTemplateDialog(const TemplateText &draft, const QString &reason, const QString &language,
                      const QString &uiLanguage, QWidget *parent = nullptr);

    // The template to create, as chosen.
    LibraryTemplate result() const;

private:
    void fillLanguages();
    void suggestName();
    void showText();

    TemplateText m_draft;
    QString m_uiLanguage;
    QRadioButton *m_fromBuiltin;
    QRadioButton *m_fromDraft;
    QComboBox *m_reason;
    QComboBox *m_language;
    QLineEdit *m_name;
    QPlainTextEdit *m_text;
    bool m_nameEdited = false;
};

} // namespace permitted
