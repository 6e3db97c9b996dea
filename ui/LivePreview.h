#pragma once

#include "app/vision/LiveRecogniser.h"

#include <QHash>
#include <QImage>
#include <QWidget>

namespace cd {

// The live panel's picture: the newest frame, scaled to fit with its aspect ratio kept, and over
// it the faces the recogniser last reported: a box per face, green with the student's name and
// confidence once recognised, amber while still being checked, red for an unknown face, grey
// with the reason when the face cannot be used (too small, blurry, turned away). Frames are
// painted as they arrive; the boxes follow at the recogniser's pace.
class LivePreview : public QWidget
{
    Q_OBJECT
public:
    explicit LivePreview(QWidget *parent = nullptr);

    void setFrame(const QImage &image);
    void setFaces(const QList<LiveFace> &faces, const QSize &frameSize);
    // Student id -> the name to draw.
    void setNames(const QHash<QString, QString> &names) { m_names = names; }
    // The text shown when there is no picture (no source yet, or the source stopped).
    void setPlaceholder(const QString &text);
    void clear();

    const QImage &frame() const { return m_frame; }
    const QList<LiveFace> &faces() const { return m_faces; }
    // What the overlay says for a face, as drawn.
    QString labelFor(const LiveFace &face) const;

    QSize sizeHint() const override { return {640, 480}; }
    QSize minimumSizeHint() const override { return {320, 240}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QImage m_frame;
    QList<LiveFace> m_faces;
    QSize m_facesFrameSize;
    QHash<QString, QString> m_names;
    QString m_placeholder;
};

} // namespace cd
