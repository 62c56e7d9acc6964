#pragma once
// The document the preview loads once: a header with the subject and the order ID above the
// message column, styled like Amazon's buyer message pages. The preview then fills and changes
// it in place (see PreviewView), so it holds no message content of its own.

#include <QString>

namespace permitted {

// Element IDs the preview's update script writes to.
namespace shell {
inline constexpr char kColumnId[] = "column";
inline constexpr char kSubjectId[] = "subject";
inline constexpr char kOrderLineId[] = "order-line";
inline constexpr char kOrderId[] = "order";
inline constexpr char kBodyId[] = "body";
} // namespace shell

// The shell page, its column `columnWidth` CSS pixels wide, its labels in the interface language.
QString previewShellHtml(int columnWidth);

} // namespace permitted
