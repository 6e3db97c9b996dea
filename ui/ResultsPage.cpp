#include "ui/ResultsPage.h"

#include "app/documents/ReportCardDocument.h"
#include "app/documents/ReportCards.h"
#include "app/store/StudentRepository.h"
#include "app/store/UserRepository.h"
#include "ui/Background.h"
#include "ui/FieldErrors.h"
#include "ui/GradebookGridModel.h"
#include "ui/MarkEntry.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cd {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int SemesterRole = Qt::UserRole + 1;

QString gpaText(const std::optional<double> &gpa)
{
    return gpa ? QLocale().toString(*gpa, 'f', 2) : QStringLiteral("–");
}

} // namespace

ResultsPage::ResultsPage(const Database &db, const Actor &actor, QWidget *parent)
    : QWidget(parent), m_db(db), m_actor(actor)
{
    setObjectName(u"resultsPage"_s);
    setAccessibleName(tr("Results"));
    m_number = new QLineEdit(this);
    m_number->setObjectName(u"resultsNumberEdit"_s);
    m_number->setAccessibleName(tr("Student number"));
    m_number->setPlaceholderText(tr("Student number"));
    m_show = new QPushButton(tr("&Show results"), this);
    m_show->setObjectName(u"showResultsButton"_s);
    auto *numberLabel = new QLabel(tr("&Student number:"), this);
    numberLabel->setBuddy(m_number);
    auto *top = new QHBoxLayout;
    top->addWidget(numberLabel);
    top->addWidget(m_number);
    top->addWidget(m_show);
    top->addStretch(1);
    m_saveCard = new QPushButton(tr("Save &report card…"), this);
    m_saveCard->setObjectName(u"saveReportCardButton"_s);
    m_saveCard->setToolTip(tr("Save the selected semester's report card as a PDF"));
    m_printCard = new QPushButton(tr("&Print report card…"), this);
    m_printCard->setObjectName(u"printReportCardButton"_s);
    m_printCard->setShortcut(QKeySequence::Print);
    top->addWidget(m_saveCard);
    top->addWidget(m_printCard);
    updateCardButtons();
    const bool student = actor.role == Role::Student && !actor.isSystem();
    for (QWidget *w : std::initializer_list<QWidget *>{numberLabel, m_number, m_show})
        w->setVisible(!student);

    m_heading = new QLabel(this);
    m_heading->setObjectName(u"resultsHeading"_s);
    m_heading->setTextFormat(Qt::PlainText);
    QFont big = m_heading->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_heading->setFont(big);
    m_gpa = new QLabel(this);
    m_gpa->setObjectName(u"resultsGpaLabel"_s);
    m_gpa->setTextFormat(Qt::PlainText);
    m_message = new QLabel(this);
    m_message->setObjectName(u"resultsMessage"_s);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"resultsTree"_s);
    m_tree->setAccessibleName(tr("Results by semester"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Semester / subject"), tr("Credits"), tr("Total marks"),
                             tr("Total %"), tr("Grade"), tr("Points"), tr("Status"),
                             tr("Exam date")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(SubjectColumn, QHeaderView::Stretch);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_heading);
    layout->addWidget(m_gpa);
    layout->addWidget(m_message);
    layout->addWidget(m_tree, 1);

    connect(m_show, &QPushButton::clicked, this, [this] { showStudentNumber(m_number->text()); });
    connect(m_saveCard, &QPushButton::clicked, this, [this] {
        if (!m_results)
            return;
        auto *dialog = new QFileDialog(this, tr("Save report card"), QDir::homePath(),
                                       tr("PDF documents (*.pdf)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(u"pdf"_s);
        dialog->selectFile(tr("Report card %1.pdf").arg(m_results->studentNumber));
        connect(dialog, &QFileDialog::fileSelected, this, &ResultsPage::saveReportCard);
        dialog->open();
    });
    connect(m_printCard, &QPushButton::clicked, this, &ResultsPage::printReportCard);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ResultsPage::updateCardButtons);
    connect(m_number, &QLineEdit::returnPressed, this,
            [this] { showStudentNumber(m_number->text()); });

    if (student) {
        // A student's own record: found through their account.
        const Database *dbp = &m_db;
        const Id userId = actor.userId;
        ++m_busy;
        runInBackground(
            this, [dbp, userId] { return UserRepository(*dbp).find(userId); },
            [this](Result<User> user) {
                --m_busy;
                if (!user || user->studentId.isEmpty()) {
                    showMessage(user ? tr("Your account is not linked to a student record.")
                                     : user.error().message,
                                true);
                    return;
                }
                showStudent(user->studentId);
            });
    } else {
        m_heading->setText(tr("Type a student number to see their results."));
    }
}

QString ResultsPage::message() const
{
    return m_message->text();
}

void ResultsPage::showStudentNumber(const QString &number)
{
    const QString wanted = number.trimmed();
    if (wanted.isEmpty())
        return;
    const Database *db = &m_db;
    const Actor actor = m_actor;
    ++m_busy;
    runInBackground(
        this,
        [db, actor, wanted]() -> Result<Id> {
            StudentQuery query;
            query.search = wanted;
            query.limit = 20;
            auto found = StudentRepository(*db).list(query, actor);
            if (!found)
                return found.error();
            for (const auto &s : std::as_const(*found)) {
                if (s.studentNumber.compare(wanted, Qt::CaseInsensitive) == 0)
                    return s.id;
            }
            return Error::make(Error::Code::NotFound,
                               tr("No student you may see has the number %1.").arg(wanted));
        },
        [this](Result<Id> id) {
            --m_busy;
            if (!id) {
                showMessage(id.error().message, true);
                return;
            }
            showStudent(*id);
        });
}

void ResultsPage::showStudent(const Id &studentId)
{
    const int load = ++m_load;
    const Database *db = &m_db;
    const Actor actor = m_actor;
    ++m_busy;
    runInBackground(
        this, [db, actor, studentId] { return StudentResultsQuery(*db).load(studentId, actor); },
        [this, load](Result<StudentResults> results) {
            --m_busy;
            if (load != m_load)
                return;
            if (!results) {
                showMessage(results.error().message, true);
                return;
            }
            m_message->hide();
            m_message->clear();
            setResults(*results);
            emit resultsLoaded();
        });
}

Id ResultsPage::selectedSemesterId() const
{
    if (!m_results || m_results->semesters.isEmpty())
        return {};
    if (const QTreeWidgetItem *item = m_tree->currentItem())
        return item->data(SubjectColumn, SemesterRole).toString();
    return m_results->semesters.last().semester.id;
}

void ResultsPage::updateCardButtons()
{
    const bool ready = !selectedSemesterId().isEmpty();
    m_saveCard->setEnabled(ready);
    m_printCard->setEnabled(ready);
}

void ResultsPage::withReportCard(std::function<void(const ReportCard &)> use)
{
    const Id semesterId = selectedSemesterId();
    if (semesterId.isEmpty())
        return;
    const Database *db = &m_db;
    const Actor actor = m_actor;
    const Id studentId = m_results->studentId;
    const QLocale locale;
    ++m_busy;
    runInBackground(
        this,
        [db, actor, studentId, semesterId, locale] {
            return ReportCards::forStudent(*db, studentId, semesterId, actor,
                                           ReportCards::schoolHeader(*db), locale,
                                           QDate::currentDate());
        },
        [this, use](Result<ReportCard> card) {
            --m_busy;
            if (!card) {
                showMessage(card.error().message, true);
                return;
            }
            use(*card);
        });
}

void ResultsPage::saveReportCard(const QString &path)
{
    const DocumentOptions options = DocumentOptions::forLocale(QLocale());
    withReportCard([this, path, options](const ReportCard &card) {
        ++m_busy;
        runInBackground(
            this,
            [card, path, options] { return ReportCardDocument::writePdf(card, path, options); },
            [this, path](Result<void> written) {
                --m_busy;
                if (!written) {
                    showMessage(written.error().message, true);
                    return;
                }
                showMessage(tr("Report card saved to %1.").arg(QDir::toNativeSeparators(path)),
                            false);
                emit reportCardSaved(path);
            });
    });
}

void ResultsPage::printReportCard()
{
    withReportCard([this](const ReportCard &card) {
        auto *printer = new QPrinter(QPrinter::HighResolution);
        auto *dialog = new QPrintDialog(printer, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Print report card"));
        connect(dialog, &QObject::destroyed, this, [printer] { delete printer; });
        connect(dialog, &QDialog::accepted, this, [printer, card] {
            ReportCardDocument::print(card, printer, DocumentOptions::forLocale(QLocale()));
        });
        dialog->open();
    });
}

void ResultsPage::setResults(const StudentResults &results)
{
    m_results = results;
    m_tree->clear();
    m_heading->setText(
        tr("%1 %2 (%3)").arg(results.firstName, results.lastName, results.studentNumber));
    m_gpa->setText(tr("Cumulative GPA: %1").arg(gpaText(results.cumulativeGpa)));
    const QLocale locale;
    QFont bold = m_tree->font();
    bold.setBold(true);
    for (const auto &semester : results.semesters) {
        auto *heading = new QTreeWidgetItem(m_tree);
        heading->setText(SubjectColumn,
                         tr("%1 — GPA %2, cumulative GPA %3")
                             .arg(semester.semester.name, gpaText(semester.gpa),
                                  gpaText(semester.cumulativeGpa)));
        heading->setData(SubjectColumn, Qt::UserRole, semester.semester.id);
        heading->setData(SubjectColumn, SemesterRole, semester.semester.id);
        heading->setFirstColumnSpanned(true);
        for (int c = 0; c < ColumnCount; ++c)
            heading->setFont(c, bold);
        for (const auto &line : semester.courses) {
            auto *item = new QTreeWidgetItem(m_tree);
            const CourseResult &r = line.result;
            item->setText(SubjectColumn, tr("%1 – %2").arg(line.course.code, line.course.title));
            item->setText(CreditsColumn, MarkEntries::number(line.course.credits));
            if (r.marks.possible > 0)
                item->setText(MarksColumn,
                              tr("%1 / %2").arg(MarkEntries::number(r.marks.scored),
                                                MarkEntries::number(r.marks.possible)));
            if (r.total.percent)
                item->setText(PercentColumn,
                              locale.toString(roundPercent(*r.total.percent), 'f', 2));
            if (r.grade) {
                item->setText(GradeColumn, r.grade->letter);
                item->setText(PointsColumn, locale.toString(r.grade->gradePoints, 'f', 1));
            }
            item->setText(StatusColumn,
                          GradebookGridModel::statusText(r.status)
                              + (line.published ? QString() : tr(" (not published)")));
            if (r.status == ResultStatus::Failed)
                item->setForeground(StatusColumn, QColor(0xb0, 0x00, 0x20));
            if (line.examDate.isValid())
                item->setText(ExamDateColumn, locale.toString(line.examDate, QLocale::ShortFormat));
            for (int c = CreditsColumn; c < ColumnCount; ++c)
                item->setTextAlignment(c,
                                       c == GradeColumn || c == StatusColumn
                                           ? Qt::AlignCenter
                                           : Qt::AlignRight | Qt::AlignVCenter);
            item->setData(SubjectColumn, Qt::UserRole, line.course.id);
            item->setData(SubjectColumn, SemesterRole, semester.semester.id);
        }
    }
    if (results.semesters.isEmpty())
        showMessage(m_actor.role == Role::Student ? tr("No results are published for you yet.")
                                                  : tr("No results yet."),
                    false);
    for (int c = CreditsColumn; c < ColumnCount; ++c)
        m_tree->resizeColumnToContents(c);
    updateCardButtons();
}

void ResultsPage::showMessage(const QString &text, bool error)
{
    showLabelMessage(m_message, text, error);
    m_message->setAccessibleName(error ? tr("Error") : tr("Message"));
    emit messageShown(text, error);
}

} // namespace cd
