#include "detection/spell_checker.h"
#include "detection/word_hash.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <absl/container/flat_hash_map.h>
#include <absl/hash/hash.h>
#include <hunspell/hunspell.hxx>
#include <atomic>
#include <mutex>
#include <optional>
#include <unordered_map>
#include <unicode/ucnv.h>

namespace permitted {

namespace {

// Verdicts by word: an open-addressing table with a fast hash.
using Verdicts = absl::flat_hash_map<std::u16string, bool, WordHash, WordEq>;

quint64 nextDictionarySerial()
{
    static std::atomic<quint64> serial{0};
    return ++serial;
}

// Hunspell's constructor and destructor count their instances in a process-wide table without a
// lock (initialize_utf_tbl): two dictionaries loaded at once on two threads leaked a copy of it
// under AddressSanitizer, and could free it under a third. They are made and destroyed one at a
// time.
QMutex &hunspellLifetimeLock()
{
    static QMutex lock;
    return lock;
}

} // namespace

// One loaded dictionary. Hunspell keeps internal state while it works, so calls are serialised.
struct SpellChecker::Dictionary {
    // Tells this dictionary's verdicts apart in the threads' own caches, even from those of a
    // dictionary loaded later at the same address.
    const quint64 serial = nextDictionarySerial();
    std::unique_ptr<Hunspell> hunspell;
    UConverter *converter = nullptr;    // the dictionary's own encoding (UTF-8, ISO8859-2 ...)
    // The cache and Hunspell's own state change under a const checker: both are guarded.
    mutable QMutex lock;
    mutable QReadWriteLock cacheLock;
    mutable Verdicts cache;

    ~Dictionary()
    {
        if (converter)
            ucnv_close(converter);
        QMutexLocker locker(&hunspellLifetimeLock());
        hunspell.reset();
    }

    std::string encode(QStringView word) const
    {
        std::string out(size_t(word.size()) * 4 + 4, '\0');
        UErrorCode status = U_ZERO_ERROR;
        const int32_t n = ucnv_fromUChars(converter, out.data(), int32_t(out.size()),
                                          reinterpret_cast<const UChar *>(word.utf16()),
                                          int32_t(word.size()), &status);
        if (U_FAILURE(status))
            return {};
        out.resize(size_t(n));
        return out;
    }
    QString decode(const std::string &bytes) const
    {
        std::vector<UChar> out(bytes.size() * 2 + 2);
        UErrorCode status = U_ZERO_ERROR;
        const int32_t n = ucnv_toUChars(converter, out.data(), int32_t(out.size()), bytes.data(),
                                        int32_t(bytes.size()), &status);
        return U_FAILURE(status) ? QString() : QString(reinterpret_cast<const QChar *>(out.data()), n);
    }
};

QStringList hunspellFolders()
{
    QStringList folders;
    for (const QString &dir : qEnvironmentVariable("DICPATH").split(QLatin1Char(':'), Qt::SkipEmptyParts))
        folders << dir;
    folders << QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/hunspell")
            << QStringLiteral("/usr/local/share/hunspell") << QStringLiteral("/usr/share/hunspell")
            << QStringLiteral("/usr/share/myspell") << QStringLiteral("/usr/share/myspell/dicts");
    return folders;
}

QString userWordsPath()
{
    // The editor's data folder (QStandardPaths::AppDataLocation for organisation and application
    // "Permitted"), named here whole so that permitted-check finds it under its own name.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + QStringLiteral("/Permitted/Permitted/user-words.txt");
}

SpellChecker::SpellChecker(QStringList dictionaryDirs, QString userDictionary, QStringList knownWords)
    : m_dirs(std::move(dictionaryDirs)), m_userDictionaryPath(std::move(userDictionary)),
      m_knownWords(knownWords.begin(), knownWords.end())
{
    QFile file(m_userDictionaryPath);
    if (!m_userDictionaryPath.isEmpty() && file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        const QStringList words = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &w : words)
            m_userWords.insert(w.trimmed());
    }
}

SpellChecker::~SpellChecker() = default;

struct SpellChecker::Slot {
    std::once_flag loaded;
    std::shared_ptr<Dictionary> dictionary;   // null when it is not installed
};

const SpellChecker::Dictionary *SpellChecker::dictionary(const QString &name) const
{
    if (name.isEmpty())
        return nullptr;
    std::shared_ptr<Slot> slot;
    {
        QMutexLocker locker(&m_slotsLock);
        std::shared_ptr<Slot> &entry = m_slots[name];
        if (!entry)
            entry = std::make_shared<Slot>();
        slot = entry;
    }
    // A missing dictionary is remembered too, so it is looked for once.
    std::call_once(slot->loaded, [&] {
        for (const QString &dir : m_dirs) {
            const QString aff = QDir(dir).filePath(name + QStringLiteral(".aff"));
            const QString dic = QDir(dir).filePath(name + QStringLiteral(".dic"));
            if (!QFile::exists(aff) || !QFile::exists(dic))
                continue;
            auto dict = std::make_shared<Dictionary>();
            {
                QMutexLocker locker(&hunspellLifetimeLock());
                dict->hunspell = std::make_unique<Hunspell>(QFile::encodeName(aff).constData(),
                                                            QFile::encodeName(dic).constData());
            }
            UErrorCode status = U_ZERO_ERROR;
            dict->converter = ucnv_open(dict->hunspell->get_dict_encoding().c_str(), &status);
            if (U_FAILURE(status)) {
                status = U_ZERO_ERROR;
                dict->converter = ucnv_open("ISO-8859-1", &status);   // Hunspell's own default
            }
            slot->dictionary = std::move(dict);
            break;
        }
    });
    return slot->dictionary.get();
}

bool SpellChecker::isUserWord(QStringView word) const
{
    const QString w = word.toString();
    if (m_knownWords.contains(w))
        return true;
    QReadLocker user(&m_userLock);
    return m_userWords.contains(w);
}

bool SpellChecker::isCorrect(const Dictionary *dict, QStringView word) const
{
    if (!dict)
        return true;
    const std::u16string_view key(reinterpret_cast<const char16_t *>(word.utf16()), size_t(word.size()));
    // Each thread first asks its own copy of the verdicts it has seen: with every thread taking
    // the shared cache's lock for every word, the lock cost more than the lookup.
    thread_local std::unordered_map<quint64, Verdicts> seenByThisThread;
    thread_local quint64 lastSerial = 0;
    thread_local Verdicts *lastSeen = nullptr;
    if (dict->serial != lastSerial) {   // most calls ask the dictionary the last call asked
        lastSeen = &seenByThisThread[dict->serial];
        lastSerial = dict->serial;
    }
    Verdicts &local = *lastSeen;
    std::optional<bool> cached;
    if (auto it = local.find(key); it != local.end()) {
        cached = it->second;
    } else {
        {
            QReadLocker read(&dict->cacheLock);
            if (auto shared = dict->cache.find(key); shared != dict->cache.end())
                cached = shared->second;
        }
        if (!cached) {
            const std::string encoded = dict->encode(word);
            {
                QMutexLocker locker(&dict->lock);
                // A word the dictionary's encoding cannot hold is not in the dictionary.
                cached = !encoded.empty() && dict->hunspell->spell(encoded);
            }
            QWriteLocker write(&dict->cacheLock);
            dict->cache.emplace(std::u16string(key), *cached);
        }
        local.emplace(std::u16string(key), *cached);
    }
    // The user's words are asked last: only for the few words the dictionary rejects.
    return *cached || isUserWord(word);
}

QStringList SpellChecker::suggestions(const QString &name, const QString &word) const
{
    const Dictionary *dict = dictionary(name);
    if (!dict)
        return {};
    const std::string encoded = dict->encode(word);
    std::vector<std::string> raw;
    {
        QMutexLocker locker(&dict->lock);
        raw = dict->hunspell->suggest(encoded);
    }
    QStringList out;
    for (const std::string &s : raw)
        out << dict->decode(s);
    return out;
}

bool SpellChecker::addUserWord(const QString &word, QString *error)
{
    QWriteLocker locker(&m_userLock);
    m_userWords.insert(word);
    return saveUserWords(error);
}

QStringList SpellChecker::userWords() const
{
    QReadLocker locker(&m_userLock);
    QStringList words(m_userWords.begin(), m_userWords.end());
    words.sort(Qt::CaseInsensitive);
    return words;
}

bool SpellChecker::setUserWords(const QStringList &words, QString *error)
{
    QWriteLocker locker(&m_userLock);
    m_userWords.clear();
    for (const QString &w : words)
        if (!w.trimmed().isEmpty())
            m_userWords.insert(w.trimmed());
    return saveUserWords(error);
}

bool SpellChecker::saveUserWords(QString *error)
{
    if (m_userDictionaryPath.isEmpty())
        return true;
    QDir().mkpath(QFileInfo(m_userDictionaryPath).absolutePath());
    QSaveFile file(m_userDictionaryPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        *error = file.errorString();
        return false;
    }
    QStringList words(m_userWords.begin(), m_userWords.end());
    words.sort();
    file.write(words.join(QLatin1Char('\n')).toUtf8() + '\n');
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace permitted
