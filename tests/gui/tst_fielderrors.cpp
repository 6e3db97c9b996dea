#include "ui/FieldErrors.h"

#include <QApplication>
#include <QFormLayout>
#include <QLineEdit>
#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestFieldErrors : public QObject
{
    Q_OBJECT
private slots:
    void messagesSitBelowTheirFieldsAndAreReadOut()
    {
        QWidget form;
        auto *layout = new QFormLayout(&form);
        auto *name = new QLineEdit(&form);
        auto *email = new QLineEdit(&form);
        layout->addRow(u"Name"_s, name);
        layout->addRow(u"Email"_s, email);
        auto *general = new QLabel(&form);
        FieldErrors errors(general);
        errors.attach(layout, u"name"_s, name);
        errors.attach(layout, u"email"_s, email);
        QCOMPARE(layout->rowCount(), 4); // a message row under each field
        form.show();

        ValidationResult result;
        result.add(u"name"_s, u"Enter a name."_s);
        result.add(u"other"_s, u"Something else is wrong."_s);
        errors.show(result);
        auto *nameMessage = form.findChild<FieldMessage *>(u"nameError"_s);
        QVERIFY(nameMessage && nameMessage->isVisible());
        QCOMPARE(errors.messageFor(u"name"_s), u"Enter a name."_s);
        QCOMPARE(name->accessibleDescription(), u"Enter a name."_s);
        QVERIFY(errors.messageFor(u"email"_s).isEmpty());
        QCOMPARE(general->text(), u"Something else is wrong."_s); // no field of its own
        QVERIFY(general->isVisible());

        errors.show(Error::make(Error::Code::Io, u"The disk is full."_s));
        QVERIFY(errors.messageFor(u"name"_s).isEmpty());
        QVERIFY(!nameMessage->isVisible());
        QCOMPARE(general->text(), u"The disk is full."_s);

        errors.clear();
        QVERIFY(!general->isVisible());
        QVERIFY(name->accessibleDescription().isEmpty());
    }
};

QTEST_MAIN(TestFieldErrors)
#include "tst_fielderrors.moc"
