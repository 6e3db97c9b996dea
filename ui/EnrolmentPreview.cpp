#include "ui/EnrolmentPreview.h"

#include <QPainter>
#include <QPainterPath>

namespace cd {

EnrolmentPreview::EnrolmentPreview(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void EnrolmentPreview::setFrame(const QImage &image)
{
    m_image = image;
    update();
}

void EnrolmentPreview::setSample(const EnrolmentSample &sample)
{
    m_sample = sample;
    m_hasSample = true;
    update();
}

void EnrolmentPreview::clear(const QString &placeholder)
{
    m_image = QImage();
    m_sample = EnrolmentSample();
    m_hasSample = false;
    m_placeholder = placeholder;
    update();
}

void EnrolmentPreview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(32, 32, 32));
    if (m_image.isNull()) {
        painter.setPen(Qt::white);
        painter.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                         m_placeholder);
        return;
    }
    // Fit the picture, keeping its shape; boxes are in the picture's pixels.
    const QSizeF scaled = QSizeF(m_image.size()).scaled(QSizeF(size()), Qt::KeepAspectRatio);
    const QRectF target(QPointF((width() - scaled.width()) / 2, (height() - scaled.height()) / 2),
                        scaled);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(target, m_image);
    if (!m_hasSample)
        return;
    const double scale = target.width() / m_image.width();
    const QColor colour = m_sample.usable() ? QColor(40, 200, 90) : QColor(240, 170, 30);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colour, 3));
    for (const QRectF &face : m_sample.faces)
        painter.drawRect(QRectF(target.topLeft() + face.topLeft() * scale, face.size() * scale));
    // The advice on a band across the bottom, readable on any picture.
    const QString text = FaceEnroller::advice(m_sample.issue);
    const QFontMetrics metrics(font());
    const QRectF band(target.left(), target.bottom() - metrics.height() - 12, target.width(),
                      metrics.height() + 12);
    painter.fillRect(band, QColor(0, 0, 0, 170));
    painter.setPen(colour);
    painter.drawText(band, Qt::AlignCenter,
                     metrics.elidedText(text, Qt::ElideRight, int(band.width()) - 12));
}

} // namespace cd
