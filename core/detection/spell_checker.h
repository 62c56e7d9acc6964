#pragma once
// Hunspell behind a lock, one instance per dictionary, loaded on first use from the standard
// folders, with each word's verdict cached: Hunspell takes about a microsecond a word, the
// cache a few dozen nanoseconds. Safe to call from any thread.

#include <QHash>
#include <QMutex>
#include <QReadWriteLock>
#include <QSet>
#include <QString>
#include <QStringList>
#include <memory>
#include <string>
#include <string_view>

class Hunspell;

namespace permitted {

// Where Hunspell dictionaries are looked for, in this order: each folder of DICPATH (separated
// by colons, as Hunspell's own tools read it), the user's ~/.local/share/hunspell, then the
// system's folders.
QStringList hunspellFolders();

// The file of words the editor's users added (Add to Dictionary, Preferences): permitted-check
// reads it too, so that a word the seller taught the editor is not called misspelt there.
QString userWordsPath();

class SpellChecker {
public:
    // `userDictionary`: a file of words, one a line, that are never misspelt (may not exist yet);
    // `knownWords`: names every language writes the same (Amazon, Kindle), not saved.
    SpellChecker(QStringList dictionaryDirs, QString userDictionary, QStringList knownWords = {});
    ~SpellChecker();

    struct Dictionary;
    // The dictionary (such as "en_US"), loaded on first use; null when it is not installed.
    const Dictionary *dictionary(const QString &name) const;
    bool hasDictionary(const QString &name) const { return dictionary(name) != nullptr; }
    // Whether `word` is spelt right; true when the dictionary is missing (nothing to say).
    bool isCorrect(const Dictionary *dictionary, QStringView word) const;
    bool isCorrect(const QString &dictionaryName, const QString &word) const
    {
        return isCorrect(dictionary(dictionaryName), word);
    }
    // Hunspell's suggestions: slow (10-200 ms), for a context menu, never for every keystroke.
    QStringList suggestions(const QString &dictionary, const QString &word) const;
    // Adds a word to the user's dictionary and saves it; false with `error` if it cannot be saved.
    bool addUserWord(const QString &word, QString *error);
    // The user's dictionary, sorted; replaced whole (Preferences), and saved.
    QStringList userWords() const;
    bool setUserWords(const QStringList &words, QString *error);

private:
    bool isUserWord(QStringView word) const;
    // Writes the words to the user's file; the caller holds the write lock.
    bool saveUserWords(QString *error);

    QStringList m_dirs;
    QString m_userDictionaryPath;
    // One slot per dictionary name, loaded once: a thread loading one dictionary (a tenth of a
    // second for en_GB) does not hold up the threads that ask for another already there.
    struct Slot;
    mutable QMutex m_slotsLock;
    mutable QHash<QString, std::shared_ptr<Slot>> m_slots;
    mutable QReadWriteLock m_userLock;
    QSet<QString> m_userWords;
    const QSet<QString> m_knownWords;
};

} // namespace permitted
