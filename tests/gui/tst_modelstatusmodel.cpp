#include "ModelFixture.h"

#include "ui/ModelStatusModel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace cd;
using namespace cd::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QString statusText(const ModelStatusModel &model)
{
    return model.index(0, ModelStatusModel::StatusColumn).data().toString();
}

QString statusTip(const ModelStatusModel &model)
{
    return model.index(0, ModelStatusModel::StatusColumn).data(Qt::ToolTipRole).toString();
}

// The folder, as its tooltip gives it (the cell wraps it in bidi marks).
QString location(const ModelStatusModel &model)
{
    const QString tip
        = model.index(0, ModelStatusModel::LocationColumn).data(Qt::ToolTipRole).toString();
    const QString cell = model.index(0, ModelStatusModel::LocationColumn).data().toString();
    return cell.contains(tip) ? tip : u"(the cell shows %1)"_s.arg(cell);
}

// Waits for the manager's finished() signal; returns its error (empty on success).
QString waitFinished(QSignalSpy &spy)
{
    if (spy.isEmpty() && !spy.wait(20000))
        return u"(no finished signal)"_s;
    return spy.takeFirst().at(2).toString();
}

} // namespace

class TestModelStatusModel : public QObject
{
    Q_OBJECT

    ModelFixture m_fixture;
    QTemporaryDir m_home;

    // A model over `manager` looking in `dir`, checked once.
    static std::unique_ptr<ModelStatusModel> statusModel(ModelManager *manager, const QString &dir)
    {
        auto model = std::make_unique<ModelStatusModel>(manager, ModelLocator(dir));
        new QAbstractItemModelTester(
            model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal, model.get());
        return model;
    }

private slots:
    void initTestCase()
    {
        // The user's model folder is searched too: keep it empty and private.
        QVERIFY(m_home.isValid());
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.path()));
        qunsetenv("CAMPUSDESK_MODEL_DIR");
        QLocale::setDefault(QLocale(QLocale::English));
        QVERIFY(m_fixture.start());
    }
    void cleanupTestCase() { QThreadPool::globalInstance()->waitForDone(); }

    void rowsAndColumnsBeforeAndAfterTheCheck()
    {
        QTemporaryDir dir;
        const auto models = m_fixture.manager();
        const auto model = statusModel(models.get(), dir.path());
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->columnCount(), int(ModelStatusModel::ColumnCount));
        QCOMPARE(model->headerData(ModelStatusModel::StatusColumn, Qt::Horizontal).toString(),
                 u"Status"_s);
        QCOMPARE(model->modelId(0), ModelCatalogue::faceRecognitionId);
        QCOMPARE(model->rowOf(ModelCatalogue::faceRecognitionId), 0);
        QCOMPARE(model->rowOf(u"nothing"_s), -1);
        QCOMPARE(model->index(0, 0).data().toString(), u"Test descriptor"_s);
        QVERIFY(model->index(0, ModelStatusModel::SizeColumn)
                    .data()
                    .toString()
                    .contains(QLocale().formattedDataSize(9000)));
        if (!model->isChecked()) {
            QCOMPARE(statusText(*model), u"Checking…"_s);
            QCOMPARE(model->index(0, 0).data(ModelStatusModel::StateRole).toInt(), -1);
        }
        QTRY_VERIFY(model->isChecked());
        QCOMPARE(statusText(*model), u"Missing"_s);
        QCOMPARE(model->state(ModelCatalogue::faceRecognitionId), ModelManager::State::Missing);
        QVERIFY2(statusTip(*model).contains(u"manifest.json"_s), qPrintable(statusTip(*model)));
        QCOMPARE(model->index(0, ModelStatusModel::LocationColumn).data().toString(),
                 u"Not installed"_s);
    }

    void aDownloadShowsItsProgressThenPresent()
    {
        QTemporaryDir dir;
        const auto models = m_fixture.manager();
        const auto model = statusModel(models.get(), dir.path());
        QTRY_VERIFY(model->isChecked());
        QStringList seen;
        connect(model.get(), &QAbstractItemModel::dataChanged, model.get(),
                [&seen, &model] { seen << statusText(*model); });
        QSignalSpy finished(models.get(), &ModelManager::finished);
        models->download(ModelCatalogue::faceRecognitionId, dir.path());
        QCOMPARE(model->state(ModelCatalogue::faceRecognitionId), ModelManager::State::Downloading);
        QVERIFY(model->isDownloading(ModelCatalogue::faceRecognitionId));
        const QString error = waitFinished(finished);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QTRY_COMPARE(statusText(*model), u"Present"_s);
        QVERIFY2(seen.contains(u"Downloading 0 %"_s), qPrintable(seen.join(u'|')));
        QVERIFY2(seen.contains(u"Downloading 33 %"_s), qPrintable(seen.join(u'|'))); // manifest
        QCOMPARE(location(*model), QDir::toNativeSeparators(dir.path()));
        QVERIFY(!model->isDownloading(ModelCatalogue::faceRecognitionId));
        QVERIFY(model->lastError(ModelCatalogue::faceRecognitionId).isEmpty());
    }

    void aFailedDownloadSaysWhy()
    {
        QTemporaryDir dir;
        const auto models = m_fixture.manager(u"/nowhere/"_s);
        const auto model = statusModel(models.get(), dir.path());
        QSignalSpy finished(models.get(), &ModelManager::finished);
        models->download(ModelCatalogue::faceRecognitionId, dir.path());
        const QString error = waitFinished(finished);
        QVERIFY2(error.contains(u"404"_s), qPrintable(error));
        QTRY_COMPARE(statusText(*model), u"Missing; the last attempt failed"_s);
        QCOMPARE(statusTip(*model), error);
        QCOMPARE(model->index(0, 0).data(ModelStatusModel::ErrorRole).toString(), error);
        QCOMPARE(model->lastError(ModelCatalogue::faceRecognitionId), error);
    }

    void aCancelledDownloadInstallsNothing()
    {
        QTemporaryDir dir;
        const auto models = m_fixture.manager(u"/slow/"_s);
        const auto model = statusModel(models.get(), dir.path());
        QSignalSpy finished(models.get(), &ModelManager::finished);
        models->download(ModelCatalogue::faceRecognitionId, dir.path());
        QTRY_VERIFY(statusText(*model).startsWith(u"Downloading"_s));
        models->cancel(ModelCatalogue::faceRecognitionId);
        const QString error = waitFinished(finished);
        QVERIFY2(error.contains(u"cancelled"_s), qPrintable(error));
        QTRY_COMPARE(statusText(*model), u"Missing; the last attempt failed"_s);
        QVERIFY(!model->isDownloading(ModelCatalogue::faceRecognitionId));
        QVERIFY(QDir(dir.path()).isEmpty());
    }

    void importingADamagedFileIsRefusedWithTheReason()
    {
        QTemporaryDir source, dir;
        QVERIFY(
            ModelFixture::writeFile(source.filePath(u"manifest.json"_s), ModelFixture::manifest));
        QByteArray damaged = ModelFixture::weights;
        damaged[10] = 'x';
        QVERIFY(ModelFixture::writeFile(source.filePath(u"weights.bin"_s), damaged));
        const auto models = m_fixture.manager();
        const auto model = statusModel(models.get(), dir.path());
        QSignalSpy finished(models.get(), &ModelManager::finished);
        models->importFiles(ModelCatalogue::faceRecognitionId, {source.path()}, dir.path());
        QCOMPARE(statusText(*model), u"Installing…"_s);
        const QString error = waitFinished(finished);
        QVERIFY2(error.contains(u"damaged"_s) && error.contains(u"weights.bin"_s),
                 qPrintable(error));
        QTRY_COMPARE(statusText(*model), u"Missing; the last attempt failed"_s);
        QCOMPARE(statusTip(*model), error);

        // The good file goes in; the error is forgotten.
        QVERIFY(ModelFixture::writeFile(source.filePath(u"weights.bin"_s), ModelFixture::weights));
        models->importFiles(ModelCatalogue::faceRecognitionId, {source.path()}, dir.path());
        QVERIFY(waitFinished(finished).isEmpty());
        QTRY_COMPARE(statusText(*model), u"Present"_s);
        QVERIFY(model->lastError(ModelCatalogue::faceRecognitionId).isEmpty());
    }

    void aDamagedInstalledFileShowsCorrupt()
    {
        QTemporaryDir dir;
        QVERIFY(ModelFixture::writeFile(dir.filePath(u"manifest.json"_s), ModelFixture::manifest));
        QVERIFY(ModelFixture::writeFile(dir.filePath(u"weights.bin"_s),
                                        ModelFixture::weights.left(100)));
        const auto models = m_fixture.manager();
        const auto model = statusModel(models.get(), dir.path());
        QTRY_COMPARE(statusText(*model), u"Corrupt"_s);
        QVERIFY2(statusTip(*model).contains(u"weights.bin"_s), qPrintable(statusTip(*model)));
        QCOMPARE(location(*model), QDir::toNativeSeparators(dir.path()));

        // Another folder: checked again.
        QTemporaryDir other;
        QSignalSpy refreshed(model.get(), &ModelStatusModel::refreshed);
        model->setLocator(ModelLocator(other.path()));
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(statusText(*model), u"Missing"_s);
    }
};

QTEST_MAIN(TestModelStatusModel)
#include "tst_modelstatusmodel.moc"
