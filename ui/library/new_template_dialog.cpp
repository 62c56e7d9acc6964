#include "new_template_dialog.h"
#include "panels/reason_names.h"
#include "languages.h"
#include "reasons.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace permitted {

NewTemplateDialog::NewTemplateDialog(const TemplateText &draft, const QString &reason, const QString &language,
                                     const QString &uiLanguage, QWidget *parent)
    : QDialog(parent), m_draft(draft), m_uiLanguage(uiLanguage),
      m_fromBuiltin(new QRadioButton(tr("Start from the &built-in template"), this)),
      m_fromDraft(new QRadioButton(tr("Start from the message in the &editor"), this)),
      m_reason(new QComboBox(this)), m_language(new QComboBox(this)), m_name(new QLineEdit(this)),
      m_text(new QPlainTextEdit(this))
{
    m_text->setReadOnly(true);
    m_text->setAccessibleName(tr("The text the template starts with"));
    m_text->setMinimumSize(480, 220);
    setWindowTitle(tr("New Template"));
    for (const ContactReason &r : contactReasons())
        m_reason->addItem(reasonDisplayName(r.id), r.id);
    m_reason->setCurrentIndex(std::max(0, m_reason->findData(reason)));
    const bool haveDraft = !draft.subject.trimmed().isEmpty() || !draft.body.trimmed().isEmpty();
    m_fromDraft->setEnabled(haveDraft);
    m_fromBuiltin->setChecked(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Contact &reason:"), m_reason);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Name:"), m_name);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fromBuiltin);
    layout->addWidget(m_fromDraft);
    layout->addLayout(form);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QComboBox::currentIndexChanged, this, [this] { fillLanguages(); suggestName(); });
    connect(m_fromBuiltin, &QRadioButton::toggled, this, [this] { fillLanguages(); showText(); });
    connect(m_language, &QComboBox::currentIndexChanged, this, &NewTemplateDialog::showText);
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });
    connect(m_name, &QLineEdit::textChanged, this, [this, buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    fillLanguages();
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    suggestName();
    showText();
}

void NewTemplateDialog::showText()
{
    const TemplateText text = result().variants.value(0).text;
    m_text->setPlainText(tr("Subject: %1").arg(text.subject) + QStringLiteral("\n\n") + text.body);
}

void NewTemplateDialog::fillLanguages()
{
    // A built-in template exists in the languages written so far; a draft may be in any.
    const QString previous = m_language->currentData().toString();
    const QStringList offered = m_fromBuiltin->isChecked() ? builtinLanguages(m_reason->currentData().toString())
                                                           : QStringList();
    m_language->clear();
    for (const BuyerLanguage &l : buyerLanguages())
        if (!m_fromBuiltin->isChecked() || offered.contains(l.code))
            m_language->addItem(languageDisplayName(l.code, m_uiLanguage), l.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(previous)));
}

void NewTemplateDialog::suggestName()
{
    if (!m_nameEdited)
        m_name->setText(m_reason->currentText());
}

LibraryTemplate NewTemplateDialog::result() const
{
    LibraryTemplate t;
    t.name = m_name->text().trimmed();
    t.reason = m_reason->currentData().toString();
    t.sourceLanguage = m_language->currentData().toString();
    TemplateVariant v;
    v.language = t.sourceLanguage;
    if (m_fromDraft->isChecked()) {
        v.text = m_draft;
    } else if (const BuiltinTemplate *builtin = findBuiltinTemplate(t.reason, t.sourceLanguage)) {
        v.text = builtin->text;
    }
    t.variants = {v};
    return t;
}

} // namespace permitted
