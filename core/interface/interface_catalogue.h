#pragma once
// The interface's languages and their catalogues. Every interface text, the rules' titles and
// explanations among them, is translated through one Qt catalogue per language, built into the
// programs as :/i18n/permitted_<lang>.qm; adding an interface language is adding its catalogue
// to translations/ and nothing else.

#include <QLocale>
#include <QString>
#include <QStringList>

namespace permitted {

// The interface languages there is a catalogue for, "en" first, then in code order.
QStringList interfaceLanguages();

// The interface language for `locale`: the first of its UI languages (a user may list several)
// that has a catalogue, else English.
QString interfaceLanguage(const QLocale &locale = QLocale());

// `source` (English) translated into `uiLanguage` by that language's catalogue, or `source`
// itself where the catalogue has no translation. Safe from any thread; the catalogue is read on
// first use and kept.
QString translatedText(const QString &uiLanguage, const char *context, const char *source,
                       const char *disambiguation = nullptr, int n = -1);

} // namespace permitted
