#include "app/documents/DocumentHtml.h"

#include "app/documents/PageLayout.h"

#include <QRegularExpression>
#include <QTextDocument>
#include <QTextOption>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace cd {

namespace {

const QString logoUrl = u"campusdesk-document:logo"_s;

// Qt's rich text understands this subset of CSS; sizes in points so they print true.
const QString styleSheet = uR"(
.school { font-size: 15pt; font-weight: bold; color: #1f3a5f; }
.address { font-size: 8.5pt; color: #5a6472; }
.title { font-size: 14pt; font-weight: bold; color: #1b1b1b; }
.subtitle { font-size: 10pt; color: #5a6472; }
.label { color: #5a6472; font-size: 8.5pt; }
.value { font-weight: bold; }
.heading { font-size: 10.5pt; font-weight: bold; color: #1f3a5f; }
.small { font-size: 8pt; color: #5a6472; }
.big { font-size: 16pt; font-weight: bold; color: #1b1b1b; }
.remark { color: #1b1b1b; }
th { background-color: #1f3a5f; color: #ffffff; font-weight: bold; font-size: 8.5pt; }
td.cell { border-bottom: 1px solid #d5dbe3; }
td.strong { font-weight: bold; border-top: 1px solid #1f3a5f; }
td.box { background-color: #f1f4f8; }
td.sign { border-top: 1px solid #1b1b1b; color: #5a6472; font-size: 8.5pt; }
)"_s;

} // namespace

DocumentHtml::DocumentHtml(const DocumentOptions &options) : m_options(options)
{
}

QString DocumentHtml::start() const
{
    return m_options.direction == Qt::RightToLeft ? u"right"_s : u"left"_s;
}

QString DocumentHtml::end() const
{
    return m_options.direction == Qt::RightToLeft ? u"left"_s : u"right"_s;
}

QString DocumentHtml::dir() const
{
    return m_options.direction == Qt::RightToLeft ? u"rtl"_s : u"ltr"_s;
}

QString DocumentHtml::date(const QDate &date) const
{
    // The locale's long format without the weekday: "21 December 2026", "21. Dezember 2026".
    const QRegularExpression weekday(u"d{4}[,،]?\\s*"_s);
    if (!date.isValid())
        return {};
    QString format = m_options.locale.dateFormat(QLocale::LongFormat);
    format.remove(weekday);
    return m_options.locale.toString(date, format.trimmed());
}

QString DocumentHtml::shortDate(const QDate &date) const
{
    // The short format with a four-digit year: "12/1/2026" rather than "12/1/26".
    if (!date.isValid())
        return {};
    QString format = m_options.locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(u"yyyy"_s))
        format.replace(u"yy"_s, u"yyyy"_s);
    return m_options.locale.toString(date, format);
}

QString DocumentHtml::value(const QString &text)
{
    // First-strong isolate: a value keeps its own direction inside a paragraph of the other
    // one, so "12 Mill Lane" and "412.5 / 500" read the same in an Arabic document.
    return QChar(0x2068) + PageLayout::escape(text) + QChar(0x2069);
}

QString DocumentHtml::number(double value, int decimals) const
{
    return m_options.locale.toString(value, 'f', decimals);
}

void DocumentHtml::letterhead(const SchoolHeader &school)
{
    QString text = u"<p class=\"school\" dir=\"%1\" align=\"%2\">%3</p>"_s.arg(dir(), start(),
                                                                               value(school.name));
    if (!school.addressLines.isEmpty()) {
        QStringList lines;
        for (const QString &line : school.addressLines)
            lines << value(line);
        text += u"<p class=\"address\" dir=\"%1\" align=\"%2\">%3</p>"_s.arg(dir(), start(),
                                                                             lines.join(u"<br>"_s));
    }
    m_html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" dir=\"%1\"><tr>"_s.arg(
        dir());
    if (!school.logo.isNull())
        m_html += u"<td width=\"80\" valign=\"middle\"><img src=\"%1\" height=\"64\"></td>"_s.arg(
            logoUrl);
    m_html += u"<td valign=\"middle\">%1</td></tr></table>"_s.arg(text);
    m_html += u"<hr>"_s;
}

void DocumentHtml::title(const QString &title, const QString &subtitle)
{
    m_html += u"<p class=\"title\" dir=\"%1\" align=\"center\">%2</p>"_s.arg(
        dir(), PageLayout::escape(title));
    if (!subtitle.isEmpty())
        m_html += u"<p class=\"subtitle\" dir=\"%1\" align=\"center\">%2</p>"_s.arg(
            dir(), PageLayout::escape(subtitle));
    m_html += u"<p></p>"_s;
}

void DocumentHtml::fields(const QList<std::pair<QString, QString>> &pairs, int columns)
{
    QList<std::pair<QString, QString>> shown;
    for (const auto &pair : pairs)
        if (!pair.second.isEmpty())
            shown << pair;
    if (shown.isEmpty())
        return;
    m_html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" dir=\"%1\">"_s.arg(dir());
    for (qsizetype i = 0; i < shown.size(); i += columns) {
        m_html += u"<tr>"_s;
        for (int c = 0; c < columns; ++c) {
            if (i + c < shown.size()) {
                const auto &pair = shown.at(i + c);
                m_html += u"<td class=\"box\" width=\"%1%\" align=\"%2\">"
                          "<span class=\"label\">%3</span><br><span class=\"value\">%4</span>"
                          "</td>"_s.arg(QString::number(100 / columns), start(),
                                        PageLayout::escape(pair.first), value(pair.second));
            } else {
                m_html += u"<td class=\"box\"></td>"_s;
            }
        }
        m_html += u"</tr>"_s;
    }
    m_html += u"</table><p></p>"_s;
}

void DocumentHtml::heading(const QString &text)
{
    m_html += u"<p class=\"heading\" dir=\"%1\" align=\"%2\">%3</p>"_s.arg(
        dir(), start(), PageLayout::escape(text));
}

void DocumentHtml::paragraph(const QString &escapedHtml, const QString &cssClass)
{
    m_html += u"<p class=\"%1\" dir=\"%2\" align=\"%3\">%4</p>"_s.arg(cssClass, dir(), start(),
                                                                      escapedHtml);
}

void DocumentHtml::table(const QStringList &headers, const QList<bool> &numeric,
                         const QList<QStringList> &rows, const QList<bool> &emphasisedRows)
{
    m_html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" dir=\"%1\" "
              "style=\"border-collapse: collapse\"><thead><tr>"_s.arg(dir());
    for (qsizetype c = 0; c < headers.size(); ++c)
        m_html += u"<th align=\"%1\">%2</th>"_s.arg(numeric.value(c) ? end() : start(),
                                                    PageLayout::escape(headers.at(c)));
    m_html += u"</tr></thead>"_s;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QString cellClass = emphasisedRows.value(r) ? u"strong"_s : u"cell"_s;
        m_html += u"<tr>"_s;
        for (qsizetype c = 0; c < headers.size(); ++c)
            m_html += u"<td class=\"%1\" align=\"%2\">%3</td>"_s.arg(
                cellClass, numeric.value(c) ? end() : start(), value(rows.at(r).value(c)));
        m_html += u"</tr>"_s;
    }
    m_html += u"</table><p></p>"_s;
}

void DocumentHtml::signatures(const QStringList &roles)
{
    // Room to sign above each line: an empty first row, one line of large type.
    m_html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" dir=\"%1\">"
              "<tr><td colspan=\"%2\" style=\"font-size: 28pt\">&nbsp;</td></tr><tr>"_s.arg(dir())
                  .arg(roles.size() * 2 - 1);
    for (qsizetype i = 0; i < roles.size(); ++i) {
        if (i > 0)
            m_html += u"<td width=\"6%\"></td>"_s;
        m_html += u"<td class=\"sign\" align=\"center\">%1</td>"_s.arg(
            PageLayout::escape(roles.at(i)));
    }
    m_html += u"</tr></table>"_s;
}

QImage DocumentHtml::printableLogo(const QImage &logo)
{
    constexpr int maxHeight = 256;
    constexpr int maxWidth = 512;
    if (logo.isNull() || (logo.height() <= maxHeight && logo.width() <= maxWidth))
        return logo;
    return logo.scaled(maxWidth, maxHeight, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

std::unique_ptr<QTextDocument> DocumentHtml::finish(const SchoolHeader &school) const
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setUndoRedoEnabled(false);
    doc->setDefaultFont(PageLayout::documentFont());
    QTextOption option = doc->defaultTextOption();
    option.setTextDirection(m_options.direction);
    doc->setDefaultTextOption(option);
    doc->setDefaultStyleSheet(styleSheet);
    if (!school.logo.isNull())
        doc->addResource(QTextDocument::ImageResource, QUrl(logoUrl), printableLogo(school.logo));
    PageLayout::prepareForPdf(*doc);
    doc->setHtml(u"<html><body dir=\"%1\">%2</body></html>"_s.arg(dir(), m_html));
    return doc;
}

} // namespace cd
