#pragma once
// The validator as the fuzz targets use it: built once, with every language's rules; the first
// byte of an input chooses the buyer language, the kind and the stage it is checked in.

#include "detection/validator.h"
#include "languages.h"

#include <cstdint>
#include <memory>

namespace permitted::fuzz {

inline const Validator &validator()
{
    static const std::unique_ptr<Validator> instance = [] {
        QString error;
        auto v = Validator::create(ValidatorOptions{}, &error);
        if (!v) {
            std::fprintf(stderr, "the validator could not be built: %s\n", qPrintable(error));
            std::abort();
        }
        return v;
    }();
    return *instance;
}

// The context the first byte of an input asks for.
inline MessageContext contextFor(uint8_t choice)
{
    const QList<BuyerLanguage> &languages = buyerLanguages();
    const BuyerLanguage &language = languages[choice % languages.size()];
    MessageContext c;
    c.language = language.code;
    c.marketplace = language.marketplaces.front();
    c.kind = (choice & 0x40) ? MessageKind::Proactive : MessageKind::Reply;
    c.stage = (choice & 0x80) ? Stage::Sending : Stage::Draft;
    c.today = QDate(2026, 1, 15);
    return c;
}

} // namespace permitted::fuzz
