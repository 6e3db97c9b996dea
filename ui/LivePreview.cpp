#include "ui/LivePreview.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace cd {

namespace {

QColor colourFor(const LiveFace &face)
{
    if (face.issue != FaceIssue::None)
        return QColor(0x9e, 0x9e, 0x9e);
    switch (face.state) {
    case TrackState::Recognised: return QColor(0x2e, 0x9d, 0x4f);
    case TrackState::Unknown: return QColor(0xd3, 0x3a, 0x2c);
    case TrackState::Pending: break;
    }
    return QColor(0xf0, 0xa2, 0x02);
}

} // namespace

LivePreview::LivePreview(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Camera preview"));
    m_placeholder = tr("No picture. Choose a source and press Start.");
}

void LivePreview::setFrame(const QImage &image)
{
    m_frame = image;
    update();
}

void LivePreview::setFaces(const QList<LiveFace> &faces, const QSize &frameSize)
{
    m_faces = faces;
    m_facesFrameSize = frameSize;
    update();
}

void LivePreview::setPlaceholder(const QString &text)
{
    m_placeholder = text;
    update();
}

void LivePreview::clear()
{
    m_frame = {};
    m_faces.clear();
    update();
}

QString LivePreview::labelFor(const LiveFace &face) const
{
    switch (face.issue) {
    case FaceIssue::OutOfFrame: return tr("Partly out of the picture");
    case FaceIssue::TooSmall: return tr("Too far away");
    case FaceIssue::TurnedAway: return tr("Turned away");
    case FaceIssue::Blurry: return tr("Blurry");
    case FaceIssue::None: break;
    }
    switch (face.state) {
    case TrackState::Recognised:
        return tr("%1 (%2)").arg(m_names.value(face.studentId, tr("Not on this register")),
                                 QLocale().toString(face.confidence * 100, 'f', 0)
                                     + QLocale().percent());
    case TrackState::Unknown: return tr("Unknown");
    case TrackState::Pending: break;
    }
    return tr("Checking…");
}

void LivePreview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0x20, 0x20, 0x20));
    if (m_frame.isNull()) {
        painter.setPen(Qt::white);
        painter.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                         m_placeholder);
        return;
    }
    const QSize scaled = m_frame.size().scaled(size(), Qt::KeepAspectRatio);
    const QRect target(QPoint((width() - scaled.width()) / 2, (height() - scaled.height()) / 2),
                       scaled);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(target, m_frame);
    if (m_faces.isEmpty() || m_facesFrameSize.isEmpty())
        return;

    // The boxes are in the pixels of the frame they were found in, which has the same size as
    // the one shown unless the source changed meanwhile.
    const double sx = double(target.width()) / m_facesFrameSize.width();
    const double sy = double(target.height()) / m_facesFrameSize.height();
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics = painter.fontMetrics();
    for (const LiveFace &face : std::as_const(m_faces)) {
        const QRectF box(target.left() + face.box.left() * sx, target.top() + face.box.top() * sy,
                         face.box.width() * sx, face.box.height() * sy);
        const QColor colour = colourFor(face);
        painter.setPen(QPen(colour, 3));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(box, 4, 4);

        const QString label = labelFor(face);
        const int textWidth = metrics.horizontalAdvance(label) + 12;
        QRectF tag(box.left(), box.bottom() + 2, textWidth, metrics.height() + 6);
        if (tag.bottom() > target.bottom())
            tag.moveBottom(box.top() - 2);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawRoundedRect(tag, 3, 3);
        painter.setPen(Qt::white);
        painter.drawText(tag, Qt::AlignCenter, label);
    }
}

} // namespace cd
