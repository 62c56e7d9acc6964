#include "add_language_dialog.h"
#include "languages.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace permitted {

AddLanguageDialog::AddLanguageDialog(const LibraryTemplate &t, const QString &suggested, const QString &uiLanguage,
                                     QWidget *parent)
    : QDialog(parent), m_template(t), m_language(new QComboBox(this)),
      m_fromBuiltin(new QRadioButton(tr("Start from the &built-in template in that language"), this)),
      m_fromSource(new QRadioButton(tr("Start from a &copy of the %1 text, to translate")
                                        .arg(languageDisplayName(t.sourceLanguage, uiLanguage)), this))
{
    setWindowTitle(tr("Add Language"));
    for (const BuyerLanguage &l : buyerLanguages())
        if (!t.variant(l.code))
            m_language->addItem(languageDisplayName(l.code, uiLanguage), l.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(suggested)));
    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_language->count() > 0);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_fromBuiltin);
    layout->addWidget(m_fromSource);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_language, &QComboBox::currentIndexChanged, this, &AddLanguageDialog::languageChosen);
    languageChosen();
}

void AddLanguageDialog::languageChosen()
{
    const bool builtin = findBuiltinTemplate(m_template.reason, language()) != nullptr;
    m_fromBuiltin->setEnabled(builtin);
    (builtin ? m_fromBuiltin : m_fromSource)->setChecked(true);
}

QString AddLanguageDialog::language() const
{
    return m_language->currentData().toString();
}

TemplateText AddLanguageDialog::text() const
{
    if (m_fromBuiltin->isChecked())
        if (const BuiltinTemplate *builtin = findBuiltinTemplate(m_template.reason, language()))
            return builtin->text;
    const TemplateVariant *source = m_template.variant(m_template.sourceLanguage);
    return source ? source->text : TemplateText();
}

TranslationStatus AddLanguageDialog::status() const
{
    const TemplateVariant *source = m_template.variant(m_template.sourceLanguage);
    const BuiltinTemplate *builtinSource = findBuiltinTemplate(m_template.reason, m_template.sourceLanguage);
    const bool sourceIsBuiltin = source && builtinSource && source->text == builtinSource->text;
    return m_fromBuiltin->isChecked() && sourceIsBuiltin ? TranslationStatus::Done : TranslationStatus::NeedsReview;
}

} // namespace permitted
