#pragma once

#include <QIcon>

namespace cd {

// An icon from resources/icons/nav/<name>.svg, drawn in the palette's text colour (highlighted
// text when selected, dimmed when disabled), so it suits light and dark themes, and rendered
// from the SVG at whatever size and device pixel ratio is asked: sharp at 200 %.
QIcon themedIcon(const QString &name);

} // namespace cd
