#pragma once
// Every check of the validator, one file each in this folder.

#include "../check_input.h"

#include <span>

namespace permitted {

void checkAttachments(const CheckInput &, Findings &);
void checkConceptRules(const CheckInput &, Findings &);
void checkConsecutiveLineBreaks(const CheckInput &, Findings &);
void checkEmailAddresses(const CheckInput &, Findings &);
void checkEmoji(const CheckInput &, Findings &);
void checkGrammar(const CheckInput &, Findings &);
void checkHtmlInText(const CheckInput &, Findings &);
void checkLanguageMismatch(const CheckInput &, Findings &);
void checkLinks(const CheckInput &, Findings &);
void checkLinkText(const CheckInput &, Findings &);
void checkMessageLength(const CheckInput &, Findings &);
void checkOrderIds(const CheckInput &, Findings &);
void checkOrderWindow(const CheckInput &, Findings &);
void checkPhoneNumbers(const CheckInput &, Findings &);
void checkPhraseRules(const CheckInput &, Findings &);
void checkPlaceholders(const CheckInput &, Findings &);
void checkReviewRepeat(const CheckInput &, Findings &);
void checkSpelling(const CheckInput &, Findings &);
void checkUncheckedLanguage(const CheckInput &, Findings &);

// In alphabetical order; the validator sorts the findings. checkReviewRepeat reads what
// checkPhraseRules found, so it must come after it (it does, alphabetically).
inline std::span<const Check> allChecks()
{
    static constexpr Check list[] = {
        checkAttachments, checkConceptRules, checkConsecutiveLineBreaks, checkEmailAddresses, checkEmoji,
        checkGrammar, checkHtmlInText, checkLanguageMismatch, checkLinks, checkLinkText,
        checkMessageLength, checkOrderIds, checkOrderWindow,
        checkPhoneNumbers, checkPhraseRules, checkPlaceholders, checkReviewRepeat, checkSpelling,
        checkUncheckedLanguage,
    };
    return list;
}

} // namespace permitted
