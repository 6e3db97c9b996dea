#pragma once

#include "app/documents/DocumentData.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

#include <memory>
#include <utility>

class QTextDocument;

namespace cd {

// Builds the HTML the documents share: letterhead, title, label/value blocks, tables and
// signature lines, in the document's direction. Every value goes through escape(), so what a
// user typed prints literally.
class DocumentHtml
{
    Q_DECLARE_TR_FUNCTIONS(DocumentHtml)
public:
    explicit DocumentHtml(const DocumentOptions &options);

    void letterhead(const SchoolHeader &school);
    void title(const QString &title, const QString &subtitle = {});
    // Label/value pairs in `columns` pairs per row; empty values are left out.
    void fields(const QList<std::pair<QString, QString>> &pairs, int columns = 2);
    void heading(const QString &text);
    void paragraph(const QString &escapedHtml, const QString &cssClass = {});
    void raw(const QString &html) { m_html += html; }
    void signatures(const QStringList &roles);

    // A table with a shaded header row that repeats on every page. `numeric[i]` aligns column
    // i to the end (right in English, left in Arabic). Cells are escaped here.
    void table(const QStringList &headers, const QList<bool> &numeric,
               const QList<QStringList> &rows, const QList<bool> &emphasisedRows = {});

    // The alignment words for the start and end of a line in this direction.
    QString start() const;
    QString end() const;
    QString dir() const;

    const DocumentOptions &options() const { return m_options; }
    QString date(const QDate &date) const;
    QString shortDate(const QDate &date) const;
    // An escaped value isolated from the surrounding text direction.
    static QString value(const QString &text);
    QString number(double value, int decimals) const;

    // `logo` no larger than it prints (about 2 cm at 300 dpi): every PDF embeds its own copy,
    // so a 2000-pixel scan would make each report card large and slow.
    static QImage printableLogo(const QImage &logo);

    // A QTextDocument holding the HTML, with the document font, the logo and the direction.
    std::unique_ptr<QTextDocument> finish(const SchoolHeader &school) const;

private:
    DocumentOptions m_options;
    QString m_html;
};

} // namespace cd
