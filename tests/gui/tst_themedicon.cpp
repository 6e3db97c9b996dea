#include "ui/ThemedIcon.h"

#include <QApplication>
#include <QImage>
#include <QPalette>
#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestThemedIcon : public QObject
{
    Q_OBJECT
private slots:
    void everyNavigationIconLoads()
    {
        for (const QString &name :
             {u"students"_s, u"courses"_s, u"attendance"_s, u"gradebook"_s, u"fees"_s,
              u"messages"_s, u"accounts"_s, u"audit"_s, u"dashboard"_s, u"settings"_s, u"signout"_s,
              u"switchuser"_s, u"password"_s, u"camera"_s})
            QVERIFY2(!themedIcon(name).isNull(), qPrintable(name));
        QVERIFY(themedIcon(u"no-such-icon"_s).isNull());
    }

    void rendersAtFullResolutionForHighDpi()
    {
        const QIcon icon = themedIcon(u"students"_s);
        const QPixmap doubled = icon.pixmap(QSize(24, 24), 2.0);
        QCOMPARE(doubled.size(), QSize(48, 48)); // drawn from the SVG at 48 px, not scaled up
        QCOMPARE(doubled.devicePixelRatio(), 2.0);
    }

    void followsThePalette()
    {
        QPalette dark = QApplication::palette();
        dark.setColor(QPalette::WindowText, QColor(u"#f0f0f0"_s));
        QApplication::setPalette(dark);
        const QImage light = themedIcon(u"fees"_s).pixmap(QSize(48, 48)).toImage();
        bool foundLightPixel = false;
        for (int y = 0; y < light.height() && !foundLightPixel; ++y)
            for (int x = 0; x < light.width() && !foundLightPixel; ++x) {
                const QColor c = light.pixelColor(x, y);
                foundLightPixel = c.alpha() == 255 && c.lightness() > 200;
            }
        QVERIFY(foundLightPixel);
    }
};

QTEST_MAIN(TestThemedIcon)
#include "tst_themedicon.moc"
