#include "ui/ShippedDefaultSpinBox.h"

#include <cmath>

namespace cd {

ShippedDefaultSpinBox::ShippedDefaultSpinBox(QWidget *parent) : QDoubleSpinBox(parent)
{
    configure(0.5, 0.1, 1, 0.1, 1);
}

void ShippedDefaultSpinBox::configure(double shipped, double lowest, double highest, double step,
                                      int decimals)
{
    // As shown: the recognisers' float constants are not exact in double (0.955f).
    const double scale = std::pow(10.0, decimals);
    m_shipped = std::round(shipped * scale) / scale;
    setDecimals(decimals);
    setSingleStep(step);
    setRange(lowest - step, highest);
    setSpecialValueText(tr("Shipped default (%1)").arg(locale().toString(shipped, 'f', decimals)));
    setValue(minimum());
}

bool ShippedDefaultSpinBox::setSettingValue(double setting)
{
    const double lowest = minimum() + singleStep();
    // Half a display step of slack: the stored double may not round-trip exactly.
    const double slack = 0.5 * std::pow(10.0, -decimals());
    if (setting == 0 || setting < lowest - slack || setting > maximum() + slack) {
        setValue(minimum());
        return setting == 0;
    }
    setValue(setting);
    return true;
}

void ShippedDefaultSpinBox::stepBy(int steps)
{
    if (isShippedDefault() && steps > 0) {
        setValue(m_shipped);
        return;
    }
    QDoubleSpinBox::stepBy(steps);
}

} // namespace cd
