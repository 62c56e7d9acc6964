#pragma once
// Every check of the validator, one file each in this folder.

#include "detection/check_input.h"

#include <span>
#include <string_view>

namespace permitted {

void checkAttachments(const CheckInput &, Findings &);
void checkConceptRules(const CheckInput &, Findings &);
void checkConsecutiveLineBreaks(const CheckInput &, Findings &);
void checkEmailAddresses(const CheckInput &, Findings &);
void checkEmoji(const CheckInput &, Findings &);
void checkGrammar(const CheckInput &, Findings &);
void checkHtmlInText(const CheckInput &, Findings &);
void checkImages(const CheckInput &, Findings &);
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
void checkTextStyling(const CheckInput &, Findings &);
void checkUncheckedLanguage(const CheckInput &, Findings &);

// Every check, in alphabetical order, with the rule IDs it emits (space-separated); the checks
// whose rules are data emit the IDs of their rule files (the packs' phrase rules, concepts/).
// The validator sorts the findings. tst_rule_examples holds this list to the catalogue: every
// ID here is a rule of rules.json, and every rule of the text channel has a check.
struct RegisteredCheck {
    Check run;
    std::string_view emits;
};

inline std::span<const RegisteredCheck> allChecks()
{
    static constexpr RegisteredCheck list[] = {
        {checkAttachments, "attachment-type"},
        {checkConceptRules, ""},   // resources/rules/concepts/
        {checkConsecutiveLineBreaks, "consecutive-line-breaks"},
        {checkEmailAddresses, "email-address"},
        {checkEmoji, "emoji"},
        {checkGrammar, "grammar"},
        {checkHtmlInText, "html-in-text"},
        {checkImages, "animated-gif image-alt image-width insecure-image logo-link product-image tracking-pixel"},
        {checkLanguageMismatch, "language-mismatch"},
        {checkLinks, "external-link insecure-link"},
        {checkLinkText, "link-text"},
        {checkMessageLength, "message-length"},
        {checkOrderIds, "invalid-order-id missing-order-id"},
        {checkOrderWindow, "outside-window"},
        {checkPhoneNumbers, "phone-number"},
        {checkPhraseRules, ""},    // the packs' phrase rules
        {checkPlaceholders, "foreign-placeholder placeholder-mismatch unfilled-placeholder unknown-placeholder"},
        {checkReviewRepeat, "review-repeat"},
        {checkSpelling, "spelling"},
        {checkTextStyling, "font-override font-sizes margin-width text-alignment"},
        {checkUncheckedLanguage, "unchecked-language"},
    };
    return list;
}

} // namespace permitted
