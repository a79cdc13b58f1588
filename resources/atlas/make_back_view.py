#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generate resources/atlas/back-view.json, the KnotMap back-view body atlas.

Standard library only; the output is deterministic.  Run from the repo root:

    python3 resources/atlas/make_back_view.py

How the drawing is built
------------------------
* Everything is designed in "design units" (about 1 cm on a 175 cm adult), for
  the person's LEFT half only, with X = 0 on the spine midline and X negative
  towards the left (a back view: the person's left is on the viewer's left),
  Y downward from the top of the canvas.  The right half is the mirror image.
* Outlines are centripetal Catmull-Rom splines through hand-placed control
  points.  Muscle regions are *tiled*: neighbouring regions are assembled from
  the very same sampled boundary curves, so they share edges exactly (no gaps,
  no overlaps).  Two deep muscles (serratus posterior superior and piriformis)
  are small overlays listed after the muscles they sit on.
* A region is a muscle, or where no muscle fits a place on the body (the
  upper back of the head): its display name then says the place.
* Region ids never go away.  When a border moves, HANDED_OVER records which
  region gave ground to which, so files written before still import.
* Named junction points (J[...]) are where boundary curves meet; a curve only
  passes through a junction if the junction is one of its control points, so
  regions can be cut out of curves between two junctions.

Vertical landmarks (LEVEL below; design-unit Y -> normalised y = Y / 101.5):
  skull base C0 17.8 -> 0.175     C7 (vertebra prominens)  27.0 -> 0.266
  acromion      30.4 -> 0.300     T2 superior angle        31.8 -> 0.313
  T3 spine root 34.2 -> 0.337     T7 inferior angle        43.8 -> 0.432
  T12           55.8 -> 0.550     L4 top of iliac crests   67.8 -> 0.668
  S2 PSIS       76.2 -> 0.751     coccyx 84.6 -> 0.833, gluteal folds ~95
The medial border of the scapula runs 4.4-4.8 units from the midline
(shoulder width about 50 units across the deltoids).
"""

import json
import math
import os
import sys

# ---------------------------------------------------------------------------
# Canvas
# ---------------------------------------------------------------------------
ASPECT = 0.62                 # canvas width / height
CANVAS_H = 101.5              # design units (vertex at 1.8, thigh cut at 99.6)
CANVAS_W = ASPECT * CANVAS_H  # about 61 units: arms reach X = +-27.5
STEP = 0.5                    # spline sampling step, design units

# Vertebral levels (design-unit Y of the spinous processes).
LEVEL = {
    "C0": 17.8, "C1": 19.2, "C2": 20.6, "C3": 21.9, "C4": 23.1, "C5": 24.3,
    "C6": 25.6, "C7": 27.0,
    "T1": 29.4, "T2": 31.8, "T3": 34.2, "T4": 36.6, "T5": 39.0, "T6": 41.4,
    "T7": 43.8, "T8": 46.2, "T9": 48.6, "T10": 51.0, "T11": 53.4,
    "T12": 55.8,
    "L1": 58.8, "L2": 61.8, "L3": 64.8, "L4": 67.8, "L5": 70.8,
    "S1": 73.6, "S2": 76.2, "S3": 78.6, "S4": 80.8, "Co": 84.6,
}


# ---------------------------------------------------------------------------
# Spline helpers
# ---------------------------------------------------------------------------
def _dist(a, b):
    return math.hypot(a[0] - b[0], a[1] - b[1])


def _catmull_segment(p0, p1, p2, p3, n):
    """n points of the centripetal Catmull-Rom segment p1 -> p2 (p2 excluded)."""
    def knot(t, a, b):
        return t + max(_dist(a, b), 1e-9) ** 0.5
    t0 = 0.0
    t1 = knot(t0, p0, p1)
    t2 = knot(t1, p1, p2)
    t3 = knot(t2, p2, p3)
    out = []
    for k in range(n):
        t = t1 + (t2 - t1) * k / n
        def lerp(a, b, ta, tb):
            w = (t - ta) / (tb - ta)
            return (a[0] + (b[0] - a[0]) * w, a[1] + (b[1] - a[1]) * w)
        a1 = lerp(p0, p1, t0, t1)
        a2 = lerp(p1, p2, t1, t2)
        a3 = lerp(p2, p3, t2, t3)
        b1 = lerp(a1, a2, t0, t2)
        b2 = lerp(a2, a3, t1, t3)
        out.append(lerp(b1, b2, t1, t2))
    return out


def mirror_pt(p):
    return (-p[0], p[1])


class Curve:
    """A sampled smooth curve through control points.

    ctrl: list of junction names (looked up in J) or (X, Y) tuples.
    start/end: phantom end conditions -- None (natural), "mirror" (tangent
    perpendicular to the midline, for curves that continue symmetrically on
    the other side) or an explicit (X, Y) phantom point.
    closed: closed loop (used for overlays and guides).
    straight: polyline through the control points (no smoothing).
    junctions: where junction names are looked up (default J; the front
    view and the back view's pain areas have their own).
    """

    def __init__(self, ctrl, start=None, end=None, closed=False,
                 straight=False, step=STEP, junctions=None):
        J_ = J if junctions is None else junctions
        self.names = [c if isinstance(c, str) else None for c in ctrl]
        pts = [J_[c] if isinstance(c, str) else tuple(c) for c in ctrl]
        self.closed = closed
        self.points = []
        self.index = {}
        if closed:
            ext = [pts[-1]] + pts + [pts[0], pts[1]]
        else:
            def phantom(cond, p, q):
                if cond == "mirror":
                    return mirror_pt(q)
                if cond is None:
                    return (2 * p[0] - q[0], 2 * p[1] - q[1])
                return cond
            ext = [phantom(start, pts[0], pts[1])] + pts + \
                  [phantom(end, pts[-1], pts[-2])]
        nseg = len(pts) if closed else len(pts) - 1
        for i in range(nseg):
            p0, p1, p2, p3 = ext[i], ext[i + 1], ext[i + 2], ext[i + 3]
            if self.names[i]:
                self.index[self.names[i]] = len(self.points)
            n = max(1, int(math.ceil(_dist(p1, p2) / step)))
            if straight:
                self.points.extend(
                    (p1[0] + (p2[0] - p1[0]) * k / n,
                     p1[1] + (p2[1] - p1[1]) * k / n) for k in range(n))
            else:
                self.points.extend(_catmull_segment(p0, p1, p2, p3, n))
        if not closed:
            if self.names[-1]:
                self.index[self.names[-1]] = len(self.points)
            self.points.append(pts[-1])
        # Junctions must be exact (not merely sampled close to).
        for name, i in self.index.items():
            self.points[i] = J_[name]

    def seg(self, a, b):
        """Sub-polyline from junction a to junction b (either direction)."""
        ia, ib = self.index[a], self.index[b]
        if ia <= ib:
            return self.points[ia:ib + 1]
        return self.points[ib:ia + 1][::-1]


class Path:
    """Several curves joined end to end (corners allowed at the joins)."""

    def __init__(self, curves):
        self.points = []
        self.index = {}
        for c in curves:
            base = len(self.points)
            if self.points:
                assert _dist(self.points[-1], c.points[0]) < 1e-9
                base -= 1
                self.points.pop()
            for name, i in c.index.items():
                self.index[name] = base + i
            self.points.extend(c.points)

    seg = Curve.seg


def polygon(*pieces):
    """Join (curve, from, to) pieces into one closed polygon (a ring)."""
    out = []
    for curve, a, b in pieces:
        part = curve.seg(a, b)
        if out:
            assert _dist(out[-1], part[0]) < 1e-9, (a, b)
            out.pop()
        out.extend(part)
    assert _dist(out[0], out[-1]) < 1e-9, "polygon not closed"
    out.pop()
    return out


def loop(ctrl):
    """A small closed smooth blob (for overlays and guide circles)."""
    return Curve(ctrl, closed=True, step=STEP * 0.8).points


# ---------------------------------------------------------------------------
# Junction points (person's LEFT half; X < 0)
# ---------------------------------------------------------------------------
J = {
    # midline
    "m_top": (0.0, 1.8),                  # vertex of the skull
    "m_occ": (0.0, 14.1),                 # top of the occipitalis band
    "m_nuchal": (0.0, LEVEL["C0"]),       # external occipital protuberance/base
    "m_C2": (0.0, 21.0),                  # C2 spinous process
    "m_C7": (0.0, LEVEL["C7"]),           # vertebra prominens
    "m_TL": (0.0, 57.3),                  # T12/L1 junction
    "m_L5": (0.0, 72.2),                  # L5/S1 junction
    "m_S4": (0.0, LEVEL["Co"]),           # coccyx: top of the gluteal cleft
    "notch": (0.0, 93.8),                 # crotch: bottom of the cleft

    # silhouette junctions
    "ear_top": (-7.65, 10.6),
    "ear_bot": (-7.6, 16.9),
    "s_nuchal": (-7.25, 18.0),            # skull base meets the outline
    "s_lev_top": (-5.55, 22.3),           # side of the neck, C3-C4
    "s_lev_l": (-5.95, 25.2),             # neck turns into the trapezius slope
    "s_acr": (-19.8, 30.4),               # acromion (shoulder tip)
    "s_arm_out": (-25.6, 44.5),           # deltoid insertion, outer arm
    "arm_cut_out": (-27.5, 59.0),
    "arm_cut_in": (-18.95, 59.97),
    "s_arm_in": (-17.65, 45.6),           # inner arm, lower edge of deltoid
    "s_armpit": (-16.9, 41.6),            # posterior axillary fold apex
    "s_crest_side": (-16.0, 70.8),        # iliac crest reaches the flank
    "s_min_side": (-17.2, 74.5),          # gluteus minimus, top at the side of the hip
    "j_min_gm": (-11.5, 80.3),            # ... its inner end on gluteus maximus's border
    "s_gm_side": (-18.6, 83.0),           # greater trochanter, widest hip
    "s_fold_side": (-17.9, 90.6),         # lateral end of the gluteal fold
    "thigh_cut_out": (-16.6, 99.6),
    "thigh_cut_in": (-2.0, 99.6),
    "s_fold_m": (-0.45, 94.6),            # medial end of the gluteal fold

    # neck
    "j_sub_tl": (-3.9, 17.6),             # suboccipital triangle, upper lateral
    "j_sub_bl": (-3.8, 20.75),
    "j_A_top": (-2.1, 20.95),             # cervical paraspinal edge at C2
    "j_A_bot": (-1.8, LEVEL["C7"]),       # ... at C7, continues as erector edge
    "j_lev_m": (-3.9, 27.4),              # levator medial edge at C7 level

    # scapula (T2 superior angle, T3 spine root, T7 inferior angle)
    "SA": (-5.6, LEVEL["T2"]),            # superior angle
    "j_lev_lb": (-7.6, LEVEL["T2"]),             # levator / upper trap / supraspinatus
    "RS": (-4.4, LEVEL["T3"]),            # root of the scapular spine
    "j_spine_delt": (-16.6, 32.9),        # posterior deltoid origin on spine
    "j_mt_bot_m": (-2.8, LEVEL["T3"]),    # erector edge at T3
    "j_lt_top_m": (-3.7, LEVEL["T6"]),    # erector edge at T6
    "j_lt_mb": (-4.75, 39.9),             # lower trap crosses the medial border
    "j_lt_lat": (-7.4, 39.4),
    "j_x": (-9.0, 44.2),                  # just lateral to the inferior angle
    "j_lt_bot": (-6.1, 55.0),             # erector edge at T12 (rib angles)
    "IA": (-8.0, LEVEL["T7"] + 0.2),      # inferior angle
    "glenoid": (-14.8, 34.7),             # infraglenoid tubercle
    "j_ti_in": (-12.2, 38.4),             # lateral border of scapula (upper)
    "j_tt_in": (-11.0, 41.0),             # lateral border of scapula (lower)
    "j_ti_d": (-17.35, 35.8),
    "j_tt_d": (-17.65, 38.9),
    "j_tub": (-22.0, 48.6),               # deltoid tuberosity

    # lumbar / pelvis (L4 crest top, S2 PSIS)
    "j_TL": (-6.05, 57.3),
    "j_mf_top": (-1.8, 57.3),             # lumbar multifidus, lateral edge at L1
    "j_mf_L5": (-2.8, 71.8),              # ... at L5, where it spreads over the sacrum
    "j_E_r12": (-6.0, 59.0),              # 12th rib meets the erector edge
    "j_r12_tip": (-9.8, 61.8),            # tip of the 12th rib
    "j_crest_ql": (-9.9, LEVEL["L4"]),    # highest point of the iliac crest
    "j_E_crest": (-5.0, 71.4),
    "PSIS": (-4.5, LEVEL["S2"]),          # dimple of Venus
}

# ---------------------------------------------------------------------------
# Silhouette (left half, from the vertex round the left side to the crotch)
# ---------------------------------------------------------------------------
SIL = Path([
    # back of the skull: widest at the parietal eminences, above the ears
    Curve(["m_top", (-3.4, 2.3), (-5.8, 3.8), (-7.25, 6.2), (-7.8, 8.9),
           "ear_top"], start="mirror"),
    # back of the auricle, sticking out a little
    Curve(["ear_top", (-8.6, 10.2), (-9.4, 11.0), (-9.6, 12.7),
           (-9.25, 14.7), (-8.6, 16.2), "ear_bot"]),
    # mastoid, neck, trapezius slope, shoulder cap, outer upper arm
    Curve(["ear_bot", "s_nuchal", (-6.5, 19.6), (-5.85, 20.9), "s_lev_top",
           (-5.5, 23.8), "s_lev_l", (-7.6, 26.5), (-10.3, 27.6),
           (-13.5, 28.5), (-16.8, 29.4), "s_acr", (-22.1, 31.5),
           (-23.8, 33.3), (-24.7, 36.0), (-25.15, 40.0), "s_arm_out",
           (-26.2, 50.0), (-26.9, 55.0), "arm_cut_out"]),
    # clean cut across the lower upper arm, square to the arm axis
    Curve(["arm_cut_out", "arm_cut_in"], straight=True),
    # inner arm up to the armpit, then down the flank: chest, waist, hip
    Curve(["arm_cut_in", (-18.55, 55.0), (-18.1, 50.0), "s_arm_in",
           (-17.3, 42.8), "s_armpit", (-16.4, 42.7), (-16.0, 46.0),
           (-15.4, 50.0), (-14.6, 54.0), (-13.95, 58.0), (-13.7, 61.2),
           (-14.1, 64.5), (-15.0, 67.8), "s_crest_side", "s_min_side",
           (-18.1, 78.5), "s_gm_side", (-18.5, 87.0), "s_fold_side",
           (-17.2, 94.5), "thigh_cut_out"]),
    # cut across the top of the thigh
    Curve(["thigh_cut_out", "thigh_cut_in"], straight=True),
    # inner thigh up to the crotch (rounded notch)
    Curve(["thigh_cut_in", (-1.05, 97.0), "s_fold_m", "notch"], end="mirror"),
])

MID = Curve(["m_top", "m_occ", "m_nuchal", "m_C2", "m_C7", "m_TL", "m_L5", "m_S4",
             "notch"], straight=True, step=1000)

# ---------------------------------------------------------------------------
# Internal boundary curves
# ---------------------------------------------------------------------------
C = {
    # top of the occipitalis band: about 4 units above the superior nuchal
    # line, rising behind the ear to its top (the bellies arise from the
    # nuchal line and the mastoid)
    "occ_top": Curve(["m_occ", (-3.6, 13.9), (-6.3, 12.9), "ear_top"],
                     start="mirror"),
    # skull base: superior nuchal line
    "nuchal": Curve(["m_nuchal", (-2.0, 17.65), "j_sub_tl", (-5.6, 17.8),
                     "s_nuchal"], start="mirror"),
    "sub_lat": Curve(["j_sub_tl", (-4.0, 19.3), "j_sub_bl"]),
    "sub_bot": Curve(["m_C2", "j_A_top", "j_sub_bl"], start="mirror"),
    "para_A": Curve(["j_A_top", (-2.15, 23.8), "j_A_bot"]),
    "c7": Curve(["m_C7", "j_A_bot"], straight=True),
    "spl_bot": Curve(["j_A_bot", "j_lev_m"], straight=True),
    # levator scapulae: neck side (C3-C4) down to the superior angle
    "lev_med": Curve(["s_lev_top", (-4.2, 24.6), "j_lev_m", (-4.5, 29.8),
                      "SA"]),
    "lev_lat": Curve(["s_lev_l", (-6.6, 28.5), "j_lev_lb"]),
    "lev_bot": Curve(["SA", "j_lev_lb"], straight=True),
    # lower edge of the upper trapezius ridge (acromion -> superior angle)
    "ut_low": Curve(["s_acr", (-17.0, 30.6), (-13.0, 30.95), (-10.0, 31.25),
                     "j_lev_lb"]),
    # spine of the scapula, root (T3) to acromion
    "spine": Curve(["RS", (-8.0, 33.9), (-12.0, 33.5), "j_spine_delt",
                    (-18.6, 32.0), "s_acr"]),
    # medial border of the scapula, superior angle down to the lower trap
    "medial": Curve(["SA", "RS", (-4.5, 37.0), "j_lt_mb"]),
    # lateral edge of the thoracic + lumbar erector spinae column
    # (narrow beside the spine under the rhomboids, then out to the rib
    # angles, 5-6 cm from the midline, below the scapula)
    "erector": Curve(["j_A_bot", "j_mt_bot_m", "j_lt_top_m", (-5.2, 44.2),
                      (-5.85, 47.6), (-6.1, 51.4), "j_lt_bot", "j_TL",
                      "j_E_r12", (-6.15, 63.3), (-5.95, 67.0), "j_E_crest"]),
    # the line between the thoracic and lumbar erectors (T12/L1)
    "tl": Curve(["m_TL", "j_mf_top", "j_TL"], straight=True),
    # lateral edge of the lumbar multifidus beside the spinous processes
    "mf_lat": Curve(["j_mf_top", (-2.0, 61.8), (-2.3, 66.3), "j_mf_L5"]),
    "mt_bot": Curve(["j_mt_bot_m", "RS"], straight=True),
    # lower trapezius: upper edge (T6 -> medial border) and lateral V edge
    # (two pieces: the part on the scapula keeps the shape it had before the
    # erector spinae widened, so infraspinatus did not change)
    "lt_top": Path([Curve(["j_lt_top_m", "j_lt_mb"], end=J["j_lt_lat"]),
                    Curve(["j_lt_mb", "j_lt_lat"], start=(-2.2, LEVEL["T6"]))]),
    "lt_lat": Curve(["j_lt_lat", (-8.3, 41.6), "j_x", (-8.0, 48.5),
                     (-7.6, 52.2), "j_lt_bot"]),
    # teres minor / major, along the lateral border of the scapula
    "teres_in": Curve(["j_ti_in", "j_tt_in", "j_x"]),
    "ti": Curve(["j_ti_in", (-14.6, 36.9), "j_ti_d"]),
    "tt": Curve(["j_tt_in", (-14.3, 39.4), "j_tt_d"]),
    "teres_low": Curve(["s_armpit", (-14.2, 43.1), (-11.2, 44.2), "j_x"]),
    # posterior deltoid: medial edge and V-shaped lower edge
    "delt_med": Curve(["j_spine_delt", "j_ti_d", "j_tt_d", "s_armpit"]),
    "delt_low": Curve(["s_arm_in", (-19.8, 47.3), "j_tub", (-24.0, 47.2),
                       "s_arm_out"]),
    # 12th rib, QL lateral edge, iliac crest (L4 top, down to PSIS at S2)
    "rib12": Curve(["j_E_r12", (-7.8, 60.5), "j_r12_tip"]),
    "ql_lat": Curve(["j_r12_tip", (-10.05, 64.8), "j_crest_ql"]),
    "crest": Curve(["s_crest_side", (-14.6, 69.2), (-12.3, 68.1),
                    "j_crest_ql", (-7.5, 68.5), (-5.9, 69.9), "j_E_crest",
                    (-4.6, 73.8), "PSIS"]),
    "le_bot": Curve(["m_L5", "j_mf_L5", "j_E_crest"], start="mirror"),
    # lateral edge of the sacrum, PSIS to coccyx
    "sacrum": Curve(["PSIS", (-4.0, 79.5), (-2.5, 82.6), "m_S4"]),
    # upper border of gluteus maximus, PSIS to greater trochanter
    "gm_top": Curve(["PSIS", (-7.5, 78.0), "j_min_gm", (-15.2, 82.3),
                     "s_gm_side"]),
    # gluteus minimus: inner edge, from the side of the hip below the crest
    # down to gluteus maximus's upper border
    "gmin": Curve(["s_min_side", (-15.1, 75.7), (-13.1, 77.8), "j_min_gm"]),
    # gluteal fold
    "fold": Curve(["s_fold_m", (-2.8, 95.25), (-7.0, 95.5), (-11.2, 94.7),
                   (-14.8, 92.7), "s_fold_side"]),
}

# ---------------------------------------------------------------------------
# Regions (left side).  Each: muscle id, area, label point, polygon.
# Order matters: later regions are drawn on top and win hit tests.
# ---------------------------------------------------------------------------
def R(muscle, area, label, poly, place=None):
    """place: the display name after "Left"/"Right" when the region is a
    place rather than a muscle (default: the muscle's name)."""
    return {"muscle": muscle, "area": area, "label": label, "polygon": poly,
            "place": place}


REGIONS = [
    # The upper back of the head, crown down to the occipitalis band: a place,
    # not a muscle (the scalp's tendon sheet over bone); pain here is often
    # felt from the neck muscles.
    R("upper-back-of-head", "head", (-3.8, 8.2), polygon(
        (SIL, "m_top", "ear_top"), (C["occ_top"], "ear_top", "m_occ"),
        (MID, "m_occ", "m_top")), place="upper back of the head"),
    # Occipitalis: a band over the lower back of the skull, just above the
    # superior nuchal line (C0), out to the ear; label over the belly.
    R("occipitalis", "head", (-3.8, 15.6), polygon(
        (C["occ_top"], "m_occ", "ear_top"), (SIL, "ear_top", "s_nuchal"),
        (C["nuchal"], "s_nuchal", "m_nuchal"), (MID, "m_nuchal", "m_occ"))),
    # Suboccipitals: just under the skull, C0-C2, beside the midline.
    R("suboccipitals", "neck", (-2.0, 19.3), polygon(
        (C["nuchal"], "m_nuchal", "j_sub_tl"), (C["sub_lat"], "j_sub_tl", "j_sub_bl"),
        (C["sub_bot"], "j_sub_bl", "m_C2"), (MID, "m_C2", "m_nuchal"))),
    # Cervical paraspinals: strip beside the spinous processes C2-C7.
    R("cervical-paraspinals", "neck", (-1.0, 24.6), polygon(
        (C["sub_bot"], "m_C2", "j_A_top"), (C["para_A"], "j_A_top", "j_A_bot"),
        (C["c7"], "j_A_bot", "m_C7"), (MID, "m_C7", "m_C2"))),
    # Splenius: lateral to the paraspinals from the mastoid/skull base (C1-C2)
    # down to C6-C7, medial to levator scapulae.
    R("splenius", "neck", (-3.8, 22.2), polygon(
        (C["nuchal"], "j_sub_tl", "s_nuchal"), (SIL, "s_nuchal", "s_lev_top"),
        (C["lev_med"], "s_lev_top", "j_lev_m"), (C["spl_bot"], "j_lev_m", "j_A_bot"),
        (C["para_A"], "j_A_bot", "j_A_top"), (C["sub_bot"], "j_A_top", "j_sub_bl"),
        (C["sub_lat"], "j_sub_bl", "j_sub_tl"))),
    # Levator scapulae: side of the neck (C3-C6) down to the superior angle
    # of the scapula (T2); label at the neck-shoulder angle.
    R("levator-scapulae", "neck", (-5.3, 28.0), polygon(
        (SIL, "s_lev_top", "s_lev_l"), (C["lev_lat"], "s_lev_l", "j_lev_lb"),
        (C["lev_bot"], "j_lev_lb", "SA"), (C["lev_med"], "SA", "s_lev_top"))),
    # Upper trapezius: the neck-shoulder ridge from the neck base to the
    # acromion; label midway between C7 and the acromion.
    R("upper-trapezius", "shoulder", (-12.0, 29.6), polygon(
        (SIL, "s_lev_l", "s_acr"), (C["ut_low"], "s_acr", "j_lev_lb"),
        (C["lev_lat"], "j_lev_lb", "s_lev_l"))),
    # Supraspinatus: supraspinous fossa, between the superior border of the
    # scapula (T2) and the scapular spine (T3 root -> acromion).
    R("supraspinatus", "shoulder", (-11.0, 32.3), polygon(
        (C["ut_low"], "j_lev_lb", "s_acr"), (C["spine"], "s_acr", "RS"),
        (C["medial"], "RS", "SA"), (C["lev_bot"], "SA", "j_lev_lb"))),
    # Posterior deltoid: back of the shoulder cap, from the lateral scapular
    # spine/acromion down to the deltoid tuberosity (mid upper arm).
    R("posterior-deltoid", "shoulder", (-21.4, 38.0), polygon(
        (C["spine"], "j_spine_delt", "s_acr"), (SIL, "s_acr", "s_arm_out"),
        (C["delt_low"], "s_arm_out", "s_arm_in"), (SIL, "s_arm_in", "s_armpit"),
        (C["delt_med"], "s_armpit", "j_spine_delt"))),
    # Triceps: the back of the upper arm below the deltoid, to the cut edge.
    R("triceps", "arm", (-22.6, 53.8), polygon(
        (SIL, "s_arm_out", "s_arm_in"), (C["delt_low"], "s_arm_in", "s_arm_out"))),
    # Infraspinatus: body of the scapula below the spine, medial to teres
    # minor/major, above the lower trapezius.
    R("infraspinatus", "shoulder", (-10.0, 37.0), polygon(
        (C["spine"], "RS", "j_spine_delt"), (C["delt_med"], "j_spine_delt", "j_ti_d"),
        (C["ti"], "j_ti_d", "j_ti_in"), (C["teres_in"], "j_ti_in", "j_x"),
        (C["lt_lat"], "j_x", "j_lt_lat"), (C["lt_top"], "j_lt_lat", "j_lt_mb"),
        (C["medial"], "j_lt_mb", "RS"))),
    # Teres minor: upper lateral border of the scapula towards the shoulder.
    R("teres-minor", "shoulder", (-15.0, 38.2), polygon(
        (C["ti"], "j_ti_in", "j_ti_d"), (C["delt_med"], "j_ti_d", "j_tt_d"),
        (C["tt"], "j_tt_d", "j_tt_in"), (C["teres_in"], "j_tt_in", "j_ti_in"))),
    # Teres major: lower lateral border (near the inferior angle, T7) to the
    # back of the armpit.
    R("teres-major", "shoulder", (-12.9, 42.3), polygon(
        (C["tt"], "j_tt_in", "j_tt_d"), (C["delt_med"], "j_tt_d", "s_armpit"),
        (C["teres_low"], "s_armpit", "j_x"), (C["teres_in"], "j_x", "j_tt_in"))),
    # Middle trapezius: superficial band between the C7-T3 spines and the
    # medial border of the scapula (above the T3 root of the spine).
    R("middle-trapezius", "upper-back", (-3.2, 30.4), polygon(
        (C["spl_bot"], "j_A_bot", "j_lev_m"), (C["lev_med"], "j_lev_m", "SA"),
        (C["medial"], "SA", "RS"), (C["mt_bot"], "RS", "j_mt_bot_m"),
        (C["erector"], "j_mt_bot_m", "j_A_bot"))),
    # Rhomboids: between the medial border and the erector spinae, T3-T6.
    R("rhomboids", "upper-back", (-3.9, 37.4), polygon(
        (C["mt_bot"], "j_mt_bot_m", "RS"), (C["medial"], "RS", "j_lt_mb"),
        (C["lt_top"], "j_lt_mb", "j_lt_top_m"),
        (C["erector"], "j_lt_top_m", "j_mt_bot_m"))),
    # Serratus posterior superior (overlay): small, under the upper medial
    # scapula near the superior angle (C7-T3), straddling the medial border.
    R("serratus-posterior-superior", "upper-back", (-5.3, 33.4), loop(
        [(-5.0, 31.75), (-6.55, 32.2), (-7.0, 33.5), (-6.3, 34.8),
         (-4.9, 35.15), (-3.75, 34.35), (-3.7, 32.85)])),
    # Lower trapezius: T6-T12 fibres rising to the scapular spine root; drawn
    # where they cross the medial border and inferior angle (T7), lateral to
    # the erector spinae (which lie under them beside the spine).
    R("lower-trapezius", "upper-back", (-6.9, 45.2), polygon(
        (C["lt_top"], "j_lt_top_m", "j_lt_lat"), (C["lt_lat"], "j_lt_lat", "j_lt_bot"),
        (C["erector"], "j_lt_bot", "j_lt_top_m"))),
    # Latissimus dorsi: lateral to the inferior angle, below teres major,
    # the big flank sheet down to the iliac crest (lateral to QL).
    R("latissimus-dorsi", "upper-back", (-11.8, 51.0), polygon(
        (C["teres_low"], "s_armpit", "j_x"), (C["lt_lat"], "j_x", "j_lt_bot"),
        (C["erector"], "j_lt_bot", "j_E_r12"), (C["rib12"], "j_E_r12", "j_r12_tip"),
        (C["ql_lat"], "j_r12_tip", "j_crest_ql"),
        (C["crest"], "j_crest_ql", "s_crest_side"),
        (SIL, "s_crest_side", "s_armpit"))),
    # Thoracic erector spinae (iliocostalis, longissimus): beside the spine
    # C7/T1-T12, narrow under the rhomboids, then out to the rib angles
    # (5-6 cm from the midline) from T7 down, where iliocostalis knots lie.
    R("thoracic-erector-spinae", "upper-back", (-3.4, 49.0), polygon(
        (MID, "m_C7", "m_TL"), (C["tl"], "m_TL", "j_TL"),
        (C["erector"], "j_TL", "j_A_bot"), (C["c7"], "j_A_bot", "m_C7"))),
    # Lumbar erector spinae: the paraspinal bulge L1-L5, between the lumbar
    # multifidus beside the spine and QL / the iliac crest.
    R("lumbar-erector-spinae", "low-back", (-4.0, 65.0), polygon(
        (C["tl"], "j_TL", "j_mf_top"), (C["mf_lat"], "j_mf_top", "j_mf_L5"),
        (C["le_bot"], "j_mf_L5", "j_E_crest"), (C["erector"], "j_E_crest", "j_TL"))),
    # Quadratus lumborum: between the 12th rib and the iliac crest (L4),
    # lateral to the lumbar erectors.
    R("quadratus-lumborum", "low-back", (-7.2, 63.6), polygon(
        (C["rib12"], "j_E_r12", "j_r12_tip"), (C["ql_lat"], "j_r12_tip", "j_crest_ql"),
        (C["crest"], "j_crest_ql", "j_E_crest"), (C["erector"], "j_E_crest", "j_E_r12"))),
    # Multifidus: right beside the lumbar spinous processes L1-L5 (where no
    # pressure goes), then spreading over the sacrum between the spine and
    # the PSIS (S2).
    R("multifidus", "low-back", (-2.3, 76.3), polygon(
        (MID, "m_TL", "m_S4"), (C["sacrum"], "m_S4", "PSIS"),
        (C["crest"], "PSIS", "j_E_crest"), (C["le_bot"], "j_E_crest", "j_mf_L5"),
        (C["mf_lat"], "j_mf_L5", "j_mf_top"), (C["tl"], "j_mf_top", "m_TL"))),
    # Gluteus medius: upper outer buttock, under the iliac crest, above the
    # upper border of gluteus maximus (PSIS -> greater trochanter).
    R("gluteus-medius", "hip", (-11.8, 74.5), polygon(
        (C["crest"], "s_crest_side", "PSIS"), (C["gm_top"], "PSIS", "j_min_gm"),
        (C["gmin"], "j_min_gm", "s_min_side"), (SIL, "s_min_side", "s_crest_side"))),
    # Gluteus minimus: deep under medius, drawn where it can be pressed: the
    # outer part of the upper buttock, a few cm below the crest at the side
    # of the hip, down to the greater trochanter.
    R("gluteus-minimus", "hip", (-15.6, 78.4), polygon(
        (SIL, "s_min_side", "s_gm_side"), (C["gm_top"], "s_gm_side", "j_min_gm"),
        (C["gmin"], "j_min_gm", "s_min_side"))),
    # Gluteus maximus: bulk of the buttock, sacrum/coccyx to the gluteal fold.
    R("gluteus-maximus", "hip", (-8.6, 88.6), polygon(
        (C["gm_top"], "PSIS", "s_gm_side"), (SIL, "s_gm_side", "s_fold_side"),
        (C["fold"], "s_fold_side", "s_fold_m"), (SIL, "s_fold_m", "notch"),
        (MID, "notch", "m_S4"), (C["sacrum"], "m_S4", "PSIS"))),
    # Hamstrings: proximal hamstrings just below the gluteal fold.
    R("hamstrings", "hip", (-8.2, 97.6), polygon(
        (C["fold"], "s_fold_m", "s_fold_side"), (SIL, "s_fold_side", "s_fold_m"))),
    # Piriformis (overlay): band from the sacral edge (between PSIS and
    # coccyx) to the top of the greater trochanter, deep mid-buttock.
    R("piriformis", "hip", (-9.5, 81.5), loop(
        [(-3.0, 80.7), (-4.6, 79.7), (-9.5, 79.95), (-14.5, 81.0),
         (-16.7, 82.3), (-14.5, 83.6), (-9.5, 83.15), (-4.6, 82.25)])),
]

# ---------------------------------------------------------------------------
# Redrawn borders: (former muscle, muscle) pairs, same side, where part of the
# former region now belongs to the other one.  A file written before the
# redraw names the former region for such a point; importers accept that and
# take the region the point lies in now.  Atlas 2 (issue 10): the thoracic
# erector spinae widened to the rib angles, lumbar multifidus beside the
# lumbar spine, gluteus minimus, the head split.  AtlasTest compares atlas 1
# (tests/data/back-view-atlas1.json) with this one on a fine grid and fails
# if a changed point is not covered here.  Append; never remove a pair.
# ---------------------------------------------------------------------------
HANDED_OVER = [
    ("occipitalis", "upper-back-of-head"),
    ("middle-trapezius", "thoracic-erector-spinae"),
    ("rhomboids", "thoracic-erector-spinae"),
    ("lower-trapezius", "thoracic-erector-spinae"),
    ("lower-trapezius", "rhomboids"),
    ("lower-trapezius", "latissimus-dorsi"),
    ("latissimus-dorsi", "thoracic-erector-spinae"),
    ("latissimus-dorsi", "lower-trapezius"),
    ("latissimus-dorsi", "lumbar-erector-spinae"),
    ("latissimus-dorsi", "quadratus-lumborum"),
    ("quadratus-lumborum", "lumbar-erector-spinae"),
    ("lumbar-erector-spinae", "multifidus"),
    ("gluteus-medius", "gluteus-minimus"),
]

# ---------------------------------------------------------------------------
# Guides (faint anatomical lines), left side; mirrored below unless central.
# ---------------------------------------------------------------------------
GUIDES_LEFT = [
    # scapula outline: superior angle T2, root of spine T3, inferior angle T7
    # (medial border shared with the region boundary, then the inferior
    # angle, lateral border, glenoid under the acromion, superior border)
    ("scapula", True, Path([
        C["medial"],
        Curve(["j_lt_mb", (-5.7, 42.5), "IA"]),
        Curve(["IA", (-9.8, 42.9), (-11.2, 41.1), (-12.6, 38.7),
               (-14.0, 36.4), "glenoid"]),
        Curve(["glenoid", (-14.3, 33.3), (-12.0, 32.35), (-9.0, 31.8), "SA"]),
    ]).points),
    # spine of the scapula and acromion
    ("scapula", False, C["spine"].seg("RS", "s_acr")[:-2]),
    # iliac crest from the flank to the PSIS
    ("crest", False, C["crest"].seg("s_crest_side", "PSIS")[1:]),
    # 12th rib
    ("other", False, Curve([(-2.0, 57.9), "j_E_r12", (-7.8, 60.5),
                            "j_r12_tip", (-10.6, 62.5)]).points),
    # PSIS dimple
    ("other", True, loop([(J["PSIS"][0] + 0.45 * math.cos(a),
                           J["PSIS"][1] + 0.45 * math.sin(a))
                          for a in [k * math.pi / 3 for k in range(6)]])),
    # gluteal fold
    ("fold", False, C["fold"].seg("s_fold_m", "s_fold_side")[1:-1]),
]
GUIDES_CENTRE = [
    # spinous processes, C2 to the coccyx
    ("spine", False, [(0.0, J["m_C2"][1] - 1.0), (0.0, J["m_S4"][1])]),
    # C7 vertebra prominens
    ("other", True, loop([(0.5 * math.cos(a), LEVEL["C7"] + 0.5 * math.sin(a))
                          for a in [k * math.pi / 3 for k in range(6)]])),
    # gluteal cleft
    ("fold", False, [(0.0, J["m_S4"][1] + 0.6), (0.0, J["notch"][1])]),
]


# ---------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------
def norm(p):
    """Design units (left half) -> normalised canvas coordinates."""
    return [round(0.5 + p[0] / CANVAS_W, 4), round(p[1] / CANVAS_H, 4)]


def mirror(pts):
    return [[round(1.0 - x, 4), y] for x, y in pts]


def dedupe(pts, closed=True):
    out = []
    for p in pts:
        if not out or p != out[-1]:
            out.append(p)
    if closed and len(out) > 1 and out[0] == out[-1]:
        out.pop()
    return out


def reverse_ring(pts):
    return [pts[0]] + pts[:0:-1]


def build():
    left_sil = [norm(p) for p in SIL.points]          # vertex ... crotch
    right_sil = mirror(left_sil)[::-1][1:-1]          # crotch ... vertex, open
    silhouette = dedupe(left_sil + right_sil)

    guides = []
    for kind, closed, pts in GUIDES_CENTRE:
        guides.append({"kind": kind, "points": dedupe([norm(p) for p in pts], closed),
                       "closed": closed})
    for kind, closed, pts in GUIDES_LEFT:
        left = dedupe([norm(p) for p in pts], closed)
        for side_pts in (left, mirror(left)):
            guides.append({"kind": kind, "points": side_pts, "closed": closed})

    regions = []
    for r in REGIONS:
        left = dedupe([norm(p) for p in r["polygon"]])
        for side, pts in (("left", left), ("right", reverse_ring(mirror(left)))):
            lx, ly = norm(r["label"])
            label = [lx, ly] if side == "left" else [round(1.0 - lx, 4), ly]
            regions.append({
                "id": "%s-%s" % (r["muscle"], side),
                "muscle": r["muscle"],
                "name": "%s %s" % (side.capitalize(),
                                   r["place"] or r["muscle"].replace("-", " ")),
                "side": side,
                "area": r["area"],
                "label": label,
                "polygon": pts,
            })
    return {
        "id": "back-view",
        "name": "Back of head, neck and trunk",
        "aspect": ASPECT,
        "silhouette": silhouette,
        "guides": guides,
        "regions": regions,
        "handed_over": [list(pair) for pair in HANDED_OVER],
        # issue 12: the pain areas, a second layer (make_back_areas.py)
        "areas": build_areas(),
    }


def build_areas():
    sys.dont_write_bytecode = True  # no __pycache__ beside the resources
    import make_back_areas
    return make_back_areas.build_areas(norm, mirror)


def dumps(atlas):
    """Compact JSON with one guide / region per line."""
    def j(v):
        return json.dumps(v, separators=(",", ":"))
    lines = ["{",
             '  "id": %s,' % j(atlas["id"]),
             '  "name": %s,' % j(atlas["name"]),
             '  "aspect": %s,' % j(atlas["aspect"]),
             '  "silhouette": %s,' % j(atlas["silhouette"]),
             '  "guides": [']
    lines += ["    %s%s" % (j(g), "," if i + 1 < len(atlas["guides"]) else "")
              for i, g in enumerate(atlas["guides"])]
    lines += ["  ],", '  "regions": [']
    lines += ["    %s%s" % (j(r), "," if i + 1 < len(atlas["regions"]) else "")
              for i, r in enumerate(atlas["regions"])]
    lines += ["  ],",
              '  "handed_over": [']
    lines += ["    %s%s" % (j(h), "," if i + 1 < len(atlas["handed_over"]) else "")
              for i, h in enumerate(atlas["handed_over"])]
    lines += ["  ],", '  "areas": [']
    lines += ["    %s%s" % (j(a), "," if i + 1 < len(atlas["areas"]) else "")
              for i, a in enumerate(atlas["areas"])]
    lines += ["  ]", "}"]
    return "\n".join(lines) + "\n"


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "back-view.json")
    text = dumps(build())
    if "--check" in sys.argv[1:]:
        # for the test suite: is the shipped file what this script writes?
        with open(out, encoding="utf-8") as f:
            if f.read() != text:
                sys.exit("%s is not what %s writes: run it" % (
                    os.path.relpath(out), os.path.basename(__file__)))
        return
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote", os.path.relpath(out))


if __name__ == "__main__":
    main()
