#pragma once

#include <QDoubleSpinBox>

namespace cd {

// A spin box for a tuning value whose setting stores 0 for "the shipped value". Its lowest
// position, one step below the allowed range, shows "Shipped default (0.955)" and means 0; a
// step up from there lands on the shipped value itself rather than the bottom of the range.
class ShippedDefaultSpinBox : public QDoubleSpinBox
{
    Q_OBJECT
public:
    explicit ShippedDefaultSpinBox(QWidget *parent = nullptr);

    // The allowed values [lowest, highest] in steps of `step`, and the shipped value (inside).
    // Shows the shipped default afterwards.
    void configure(double shipped, double lowest, double highest, double step, int decimals);
    double shipped() const { return m_shipped; }

    bool isShippedDefault() const { return value() <= minimum(); }
    // 0 at the shipped default, else the value.
    double settingValue() const { return isShippedDefault() ? 0.0 : value(); }
    // Shows a stored setting: 0 as the shipped default. A value outside the allowed range shows
    // the shipped default too and returns false.
    bool setSettingValue(double setting);

    void stepBy(int steps) override;

private:
    double m_shipped = 0;
};

} // namespace cd
