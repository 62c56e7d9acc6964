#include "finding_decorator.h"
#include "finding_highlighter.h"
#include "checking/live_checker.h"

namespace permitted {

FindingDecorator::FindingDecorator(QTextDocument *document, Part part, LiveChecker *checker, QObject *parent)
    : QObject(parent), m_part(part), m_highlighter(std::make_unique<FindingHighlighter>(document))
{
    connect(checker, &LiveChecker::shown, this, [this](Part shownPart, const Findings &findings) {
        if (shownPart == m_part)
            m_highlighter->setFindings(findings);
    });
    m_highlighter->setFindings(checker->findings(part));
}

FindingDecorator::~FindingDecorator() = default;

Findings FindingDecorator::findingsAt(int position) const
{
    return m_highlighter->findingsAt(position);
}

} // namespace permitted
