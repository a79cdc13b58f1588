// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Rating.h"

#include <QElapsedTimer>
#include <QFrame>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSlider;

namespace knotmap::ui {

// The small inline editor that opens beside a spot: pain score, quality and note.
// Digit keys give a quick score ("1" then "0" for 10), Enter saves, Escape cancels.
class SpotEditor : public QFrame
{
    Q_OBJECT

public:
    enum class Mode { NewSpot, RateAgain, EditRating };

    explicit SpotEditor(QWidget* parent = nullptr);

    // Opens for a spot. `existing` is the rating being edited (EditRating) or the latest one, whose
    // score is the starting point when rating again.
    void open(Mode mode, const QString& title, const QString& subtitle,
              const std::optional<Rating>& existing);
    Mode mode() const { return m_mode; }
    QString title() const; // the place it is open for: "Left latissimus dorsi"
    int intensity() const;
    Quality quality() const;
    QString note() const;
    void setIntensity(int intensity);
    void setQualityAndNote(Quality quality, const QString& note);
    // A new spot on the back view can be felt pain instead of a knot: offered where the point lies in a
    // named pain area (`areaName`, e.g. "Low back, left side"); hidden otherwise and in the other modes.
    void offerFeltChoice(const QString& areaName);
    bool feltChosen() const;
    // Has the person changed anything since the editor opened? And did they choose the score themselves
    // (a click, a key or a drag on the slider), rather than leaving the one it opened with?
    bool isModified() const { return m_modified; }
    bool scoreChosen() const { return m_scoreChosen; }
    // Enough to save without asking: an edit of an existing rating, or a new rating whose score was chosen.
    bool isComplete() const { return m_mode == Mode::EditRating || m_scoreChosen; }

signals:
    void accepted();
    void rateAgainRequested(); // from EditRating: add a new rating instead
    void cancelled();
    void deleteRequested();
    void intensityChanged(int intensity);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateScoreText(int intensity);

    Mode m_mode = Mode::NewSpot;
    QLabel* m_title;
    QLabel* m_subtitle;
    QSlider* m_slider;
    QLabel* m_score;
    QLabel* m_band;
    QComboBox* m_quality;
    QCheckBox* m_felt;
    QString m_knotTitle, m_feltTitle; // the title for either choice
    QPlainTextEdit* m_note;
    QPushButton* m_delete;
    QPushButton* m_another;
    QPushButton* m_save;
    QElapsedTimer m_lastDigit;
    int m_lastDigitValue = -1;
    bool m_opening = false; // open() is filling the controls: not the person's doing
    bool m_modified = false;
    bool m_scoreChosen = false;
};

} // namespace knotmap::ui
