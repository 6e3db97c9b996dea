#include "ui/AttendanceReportPage.h"

#include "app/core/CsvWriter.h"
#include "app/store/CourseRepository.h"
#include "app/store/Database.h"
#include "app/store/SchoolSettings.h"
#include "ui/AttendanceReportModel.h"
#include "ui/Background.h"
#include "ui/CsvFileExport.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Choices
{
    QList<Semester> semesters;
    Id current;
    double minimum = 75.0;
    QString error;
};

struct CourseChoices
{
    QList<Course> courses;
    QString error;
};

struct MonthsAnswer
{
    QList<AttendanceMonthRow> rows;
    QString error;
};

QTableWidgetItem *cell(const QString &text, bool number = true)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

AttendanceReportPage::AttendanceReportPage(const Database &db, const Actor &actor, QWidget *parent)
    : QWidget(parent), m_db(db), m_actor(actor), m_model(new AttendanceReportModel(db, actor, this))
{
    setObjectName(u"attendanceReportPage"_s);
    const bool student = actor.role == Role::Student && !actor.isSystem();

    m_semester = new QComboBox(this);
    m_semester->setObjectName(u"attendanceSemester"_s);
    m_semester->setAccessibleName(tr("Semester"));
    m_semester->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *semesterLabel = new QLabel(tr("&Semester:"), this);
    semesterLabel->setBuddy(m_semester);

    m_course = new QComboBox(this);
    m_course->setObjectName(u"attendanceCourse"_s);
    m_course->setAccessibleName(tr("Course"));
    m_course->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_course->addItem(tr("All courses"), QString());
    auto *courseLabel = new QLabel(tr("&Course:"), this);
    courseLabel->setBuddy(m_course);

    m_threshold = new QDoubleSpinBox(this);
    m_threshold->setObjectName(u"attendanceThreshold"_s);
    m_threshold->setRange(0, 100);
    m_threshold->setDecimals(1);
    m_threshold->setSingleStep(1);
    m_threshold->setSuffix(tr(" %"));
    m_threshold->setValue(m_model->threshold());
    m_threshold->setAccessibleName(tr("Minimum attendance"));
    m_threshold->setToolTip(tr("Students under this percentage are below the minimum."));
    auto *thresholdLabel = new QLabel(tr("&Minimum:"), this);
    thresholdLabel->setBuddy(m_threshold);

    m_belowOnly = new QCheckBox(tr("&Below threshold only"), this);
    m_belowOnly->setObjectName(u"attendanceBelowOnly"_s);
    m_belowOnly->setAccessibleName(tr("Show only students below the minimum"));

    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(u"attendanceRefresh"_s);
    m_refresh->setToolTip(tr("Read the attendance again (F5)"));
    auto *refreshAction = new QAction(tr("Refresh"), this);
    refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(refreshAction);

    m_export = new QPushButton(tr("&Export CSV…"), this);
    m_export->setObjectName(u"attendanceExport"_s);
    m_export->setToolTip(tr("Save the rows shown as a spreadsheet file"));

    m_table = new QTableView(this);
    m_table->setObjectName(u"attendanceTable"_s);
    m_table->setModel(m_model); // the model sorts itself (fast at 50,000 rows)
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AttendanceReportModel::NumberColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Attendance per student and course"));
    const int em = fontMetrics().horizontalAdvance(u'M');
    const int widths[] = {8, 14, 8, 6, 5, 6, 6, 8};
    for (int c = 0; c < int(std::size(widths)); ++c)
        m_table->setColumnWidth(c, widths[c] * em);

    m_monthsTitle = new QLabel(tr("Select a row to see that student's months."), this);
    m_monthsTitle->setObjectName(u"attendanceMonthsTitle"_s);
    m_monthsTitle->setWordWrap(true);
    m_months = new QTableWidget(0, 7, this);
    m_months->setObjectName(u"attendanceMonths"_s);
    m_months->setHorizontalHeaderLabels({tr("Month"), tr("Present"), tr("Late"), tr("Absent"),
                                         tr("Excused"), tr("Attendance"), tr("Status")});
    m_months->verticalHeader()->hide();
    m_months->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_months->setAlternatingRowColors(true);
    m_months->setWordWrap(false);
    m_months->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_months->setSelectionMode(QAbstractItemView::NoSelection);
    m_months->setTabKeyNavigation(false);
    m_months->horizontalHeader()->setStretchLastSection(true);
    m_months->setAccessibleName(tr("Attendance per month of the selected student"));
    const int monthWidths[] = {12, 6, 5, 6, 6, 8};
    for (int c = 0; c < int(std::size(monthWidths)); ++c)
        m_months->setColumnWidth(c, monthWidths[c] * em);
    auto *monthsPane = new QWidget(this);
    auto *monthsLayout = new QVBoxLayout(monthsPane);
    monthsLayout->setContentsMargins(0, 0, 0, 0);
    monthsLayout->addWidget(m_monthsTitle);
    monthsLayout->addWidget(m_months, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(u"attendanceStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Attendance status"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(semesterLabel);
    filters->addWidget(m_semester);
    filters->addSpacing(em);
    filters->addWidget(courseLabel);
    filters->addWidget(m_course);
    filters->addSpacing(em);
    filters->addWidget(thresholdLabel);
    filters->addWidget(m_threshold);
    filters->addWidget(m_belowOnly);
    filters->addStretch();
    filters->addWidget(m_refresh);
    filters->addWidget(m_export);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(monthsPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    // The minimum is the school's rule: a student sees their status, not a control to move it.
    thresholdLabel->setVisible(!student);
    m_threshold->setVisible(!student);
    m_belowOnly->setVisible(!student);

    connect(m_semester, &QComboBox::currentIndexChanged, this, &AttendanceReportPage::loadCourses);
    connect(m_course, &QComboBox::currentIndexChanged, this, &AttendanceReportPage::applyFilters);
    connect(m_threshold, &QDoubleSpinBox::valueChanged, m_model,
            &AttendanceReportModel::setThreshold);
    connect(m_belowOnly, &QCheckBox::toggled, m_model,
            &AttendanceReportModel::setBelowThresholdOnly);
    connect(m_refresh, &QPushButton::clicked, this, &AttendanceReportPage::refresh);
    connect(refreshAction, &QAction::triggered, this, &AttendanceReportPage::refresh);
    connect(m_export, &QPushButton::clicked, this, &AttendanceReportPage::chooseExportFile);
    connect(m_model, &AttendanceReportModel::loadingChanged, this,
            &AttendanceReportPage::updateStatus);
    connect(m_model, &AttendanceReportModel::loadFailed, this, &AttendanceReportPage::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this, student] {
        updateStatus();
        // A student has a row per course; show their months without a click.
        if (student && m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
            m_table->selectRow(0);
        else
            showMonths();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AttendanceReportPage::showMonths);

    updateStatus();
    loadChoices();
}

AttendanceReportQuery AttendanceReportPage::query() const
{
    AttendanceReportQuery q;
    q.semesterId = m_semester->currentData().toString();
    q.courseId = m_course->currentData().toString();
    q.policy.minimumPercent = m_model->threshold();
    return q;
}

void AttendanceReportPage::refresh()
{
    loadChoices();
}

void AttendanceReportPage::loadChoices()
{
    const Database *db = &m_db;
    runInBackground(
        this,
        [db] {
            Choices choices;
            const CourseRepository courses(*db);
            auto semesters = courses.semesters();
            if (!semesters) {
                choices.error = semesters.error().message;
                return choices;
            }
            choices.semesters = *semesters;
            if (auto current = courses.semesterOn(QDate::currentDate()))
                choices.current = current->id;
            choices.minimum = SchoolSettings::load(*db).attendanceMinimumPercent;
            return choices;
        },
        [this](const Choices &choices) {
            m_choicesError = choices.error;
            const Id chosen = m_semester->currentData().toString();
            const bool first = m_semester->count() == 0;
            {
                const QSignalBlocker blocker(m_semester);
                m_semester->clear();
                for (const auto &semester : choices.semesters)
                    m_semester->addItem(semester.name, semester.id);
                const int keep = m_semester->findData(first ? choices.current : chosen);
                m_semester->setCurrentIndex(std::max(keep, 0));
            }
            if (first)
                m_threshold->setValue(choices.minimum);
            emit choicesLoaded();
            if (m_semester->count() == 0)
                updateStatus();
            else
                loadCourses();
        });
}

void AttendanceReportPage::loadCourses()
{
    const quint64 generation = ++m_coursesGeneration;
    const Database *db = &m_db;
    const Actor actor = m_actor;
    const Id semesterId = m_semester->currentData().toString();
    runInBackground(
        this,
        [db, actor, semesterId] {
            CourseChoices choices;
            auto courses = CourseRepository(*db).coursesInSemester(semesterId, actor);
            if (courses)
                choices.courses = *courses;
            else
                choices.error = courses.error().message;
            return choices;
        },
        [this, generation](const CourseChoices &choices) {
            if (generation != m_coursesGeneration)
                return;
            m_choicesError = choices.error;
            {
                const QSignalBlocker blocker(m_course);
                const QString chosen = m_course->currentData().toString();
                while (m_course->count() > 1)
                    m_course->removeItem(1);
                for (const auto &course : choices.courses)
                    m_course->addItem(u"%1 – %2"_s.arg(course.code, course.title), course.id);
                m_course->setCurrentIndex(std::max(m_course->findData(chosen), 0));
            }
            applyFilters();
        });
}

void AttendanceReportPage::applyFilters()
{
    if (m_semester->count() == 0)
        return;
    m_model->setQuery(query());
    updateStatus();
}

void AttendanceReportPage::showMonths()
{
    const quint64 generation = ++m_monthsGeneration;
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_months->setRowCount(0);
        m_monthsTitle->setText(tr("Select a row to see that student's months."));
        return;
    }
    const Id studentId
        = current.siblingAtColumn(0).data(AttendanceReportModel::StudentIdRole).toString();
    const QString name
        = current.siblingAtColumn(AttendanceReportModel::NameColumn).data().toString();
    const Database *db = &m_db;
    const Actor actor = m_actor;
    const AttendanceReportQuery q = query();
    runInBackground(
        this,
        [db, actor, q, studentId] {
            MonthsAnswer answer;
            auto rows = AttendanceReport(*db).months(studentId, q, actor);
            if (rows)
                answer.rows = *rows;
            else
                answer.error = rows.error().message;
            return answer;
        },
        [this, generation, name](const MonthsAnswer &answer) {
            if (generation != m_monthsGeneration)
                return;
            if (!answer.error.isEmpty()) {
                m_months->setRowCount(0);
                m_monthsTitle->setText(answer.error);
                emit monthsLoaded();
                return;
            }
            monthsArrived(name, answer.rows);
        });
}

void AttendanceReportPage::monthsArrived(const QString &name, const QList<AttendanceMonthRow> &rows)
{
    // One line per month over the courses shown, then the period's total.
    QMap<YearMonth, AttendanceTally> byMonth;
    AttendanceTally total;
    for (const auto &row : rows) {
        byMonth[row.month] += row.tally;
        total += row.tally;
    }
    const bool oneCourse = !m_course->currentData().toString().isEmpty();
    m_monthsTitle->setText(oneCourse ? tr("%1 per month in %2").arg(name, m_course->currentText())
                                     : tr("%1 per month, all courses shown").arg(name));
    AttendancePolicy policy = m_model->report().policy;
    policy.minimumPercent = m_model->threshold();
    m_months->setRowCount(0);
    const auto addLine = [&](const QString &label, const AttendanceTally &tally, bool bold) {
        const int r = m_months->rowCount();
        m_months->insertRow(r);
        const AttendanceStanding standing = standingOf(tally, policy);
        const QList<QTableWidgetItem *> items{
            cell(label, false),
            cell(QLocale().toString(tally.present)),
            cell(QLocale().toString(tally.late)),
            cell(QLocale().toString(tally.absent)),
            cell(QLocale().toString(tally.excused)),
            cell(AttendanceReportModel::percentText(tally.percent(policy))),
            cell(AttendanceReportModel::standingText(standing), false)};
        for (int c = 0; c < int(items.size()); ++c) {
            if (bold) {
                QFont font = items.at(c)->font();
                font.setBold(true);
                items.at(c)->setFont(font);
            }
            if (c >= 5 && standing == AttendanceStanding::Short)
                items.at(c)->setForeground(QColor(0xb0, 0x1c, 0x1c));
            m_months->setItem(r, c, items.at(c));
        }
    };
    for (auto it = byMonth.cbegin(); it != byMonth.cend(); ++it)
        addLine(it.key().displayName(), it.value(), false);
    if (!byMonth.isEmpty())
        addLine(tr("Whole period"), total, true);
    emit monthsLoaded();
}

void AttendanceReportPage::updateStatus()
{
    QString text;
    if (!m_choicesError.isEmpty())
        text = m_choicesError;
    else if (!m_model->errorMessage().isEmpty())
        text = m_model->errorMessage();
    else if (m_model->isLoading())
        text = tr("Reading attendance…");
    else if (m_semester->count() == 0)
        text = tr("No semesters yet: attendance figures appear once a semester has sessions.");
    else if (m_model->report().rows.isEmpty())
        text = tr("No attendance has been taken in this selection yet.");
    else {
        const int below = int(m_model->report().belowThreshold(m_model->threshold()).size());
        text = tr("%n row(s) shown", nullptr, m_model->rowCount()) + u"; "_s
            + tr("%n below the minimum", nullptr, below);
    }
    if (!m_exportMessage.isEmpty())
        text += u"\n"_s + m_exportMessage;
    m_status->setText(text);
    m_export->setEnabled(m_model->rowCount() > 0);
}

QByteArray AttendanceReportPage::csv() const
{
    QByteArray bytes = CsvWriter::byteOrderMark();
    QStringList header;
    for (int c = 0; c < AttendanceReportModel::ColumnCount; ++c)
        header << m_model->headerData(c, Qt::Horizontal).toString();
    header.insert(AttendanceReportModel::CourseColumn + 1, tr("Course title"));
    bytes += CsvWriter::line(header);
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const AttendanceReportRow &row = m_model->rowAt(r);
        // Plain numbers (dot, two decimals) so every spreadsheet reads them as numbers.
        bytes += CsvWriter::line(
            {row.studentNumber, row.studentName, row.courseCode, row.courseTitle,
             QString::number(row.tally.present), QString::number(row.tally.late),
             QString::number(row.tally.absent), QString::number(row.tally.excused),
             row.percent ? QString::number(*row.percent, 'f', 2) : QString(),
             AttendanceReportModel::standingText(row.standing)});
    }
    return bytes;
}

void AttendanceReportPage::exportTo(const QString &path)
{
    const QByteArray bytes = csv();
    const int rows = m_model->rowCount();
    m_export->setEnabled(false);
    CsvFileExport::save(this, path, bytes, rows, [this](bool ok, const QString &message) {
        m_exportMessage = message;
        updateStatus();
        emit exportFinished(ok, m_exportMessage);
    });
}

void AttendanceReportPage::chooseExportFile()
{
    const QString suggested
        = tr("attendance-%1.csv").arg(m_semester->currentText().simplified().replace(u' ', u'-'));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export attendance"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

} // namespace cd
