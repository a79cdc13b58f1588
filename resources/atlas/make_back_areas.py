#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The pain areas of the back view (issue 12): a second layer of shapes over
the back view's muscle regions, one per felt-pain area of
resources/referral/referral.json whose view is "back".

make_back_view.py calls build_areas() and writes them into back-view.json as
the "areas" array; the silhouette, regions, guides and handed_over it writes
do not depend on this file.  Areas are drawn where a person would point, not
where a muscle lies, so their borders are their own.  They never overlap each
other; places with no named area (the flat of the shoulder blade, the side of
the trunk under the armpit) stay plain.

Design units and sides as in make_back_view.py: the person's LEFT half,
X < 0 (a back view: the person's left is on the viewer's left).  Outer edges
follow the silhouette's own sample points; neighbouring areas are cut from
the same curves, so they share edges exactly.
"""

import make_back_view as bv

SIL = bv.SIL


def snap(p):
    """The silhouette's sample point nearest p (so areas follow the outline)."""
    return min(SIL.points, key=lambda q: bv._dist(p, q))


# Junctions of the area layer.  Names starting with "s_" lie on the silhouette.
J = {
    "m_top": bv.J["m_top"],
    "m_crown": (0.0, 7.5),                # crown / back of the head
    "s_crown": snap((-7.35, 6.5)),
    "ear_top": bv.J["ear_top"],
    "s_nuchal": bv.J["s_nuchal"],
    "m_nuchal": bv.J["m_nuchal"],
    "s_neck": snap((-5.5, 24.0)),         # back of the neck meets the angle
    "nsa_in": (-3.1, 26.1),
    "m_c7": (0.0, 26.9),
    "s_nsa": snap((-9.7, 27.5)),          # angle meets the top of the shoulder
    "nsa_lo": (-8.6, 29.8),
    "sie_to": (-6.6, 30.75),
    "nsa_li": (-3.7, 29.9),
    "s_acr": bv.J["s_acr"],               # shoulder tip
    "tos_bm": (-16.9, 31.7),
    "s_bos": snap((-25.45, 43.6)),        # back of the shoulder / upper arm
    "s_bos_in": snap((-17.55, 45.0)),
    "s_armpit": bv.J["s_armpit"],
    "sie_bi": (-3.75, 41.3),
    "sie_bo": (-7.0, 40.7),
    "sbla_r": (-10.9, 46.5),              # lower tip of the shoulder blade
    "sbla_q": (-4.05, 44.6),
    "m_t7": (0.0, 44.5),
    "s_mb_top": snap((-16.05, 46.6)),
    "m_tl": (0.0, 57.3),                  # mid back / low back at T12-L1
    "s_mb_bot": snap((-13.95, 58.2)),
    "s_crest_side": bv.J["s_crest_side"],
    "j_E_crest": bv.J["j_E_crest"],       # iliac crest meets the erector edge
    "sac_tl": (-2.7, 71.95),              # top corner of the sacrum
    "m_sac": (0.0, 71.95),
    "si_bi": (-2.35, 80.7),
    "si_bo": (-5.0, 80.9),
    "m_S4": bv.J["m_S4"],
    "notch": bv.J["notch"],
    "s_fold_m": bv.J["s_fold_m"],
    "s_fold_side": bv.J["s_fold_side"],
}


def Curve(ctrl, **kw):
    return bv.Curve(ctrl, junctions=J, **kw)


def line(a, b):
    return Curve([a, b], straight=True, step=1000)


class SilSeg:
    """The silhouette between two of its sample points, as a polygon piece."""

    def seg(self, a, b):
        ia, ib = SIL.points.index(J[a]), SIL.points.index(J[b])
        if ia <= ib:
            return SIL.points[ia:ib + 1]
        return SIL.points[ib:ia + 1][::-1]


S = SilSeg()
crest = bv.C["crest"]   # the back view's own iliac crest
fold = bv.C["fold"]     # and gluteal fold
nuchal = bv.C["nuchal"]

C = {
    "crown": Curve(["m_crown", (-3.8, 7.25), "s_crown"], start="mirror"),
    # the head's side, ear left out
    "ear_in": Curve(["ear_top", (-7.55, 13.0), (-7.45, 15.8), "s_nuchal"]),
    "bn_bot": Curve(["s_neck", "nsa_in", (-1.6, 26.7), "m_c7"], end="mirror"),
    "nsa_med": Curve(["nsa_in", (-3.55, 28.0), "nsa_li"]),
    "nsa_low": Curve(["s_nsa", "nsa_lo", "sie_to", "nsa_li"]),
    "tos_low": Curve(["s_acr", "tos_bm", (-13.3, 31.3), (-10.6, 30.55),
                      "nsa_lo"]),
    "bos_med": Curve(["tos_bm", (-16.7, 35.0), (-16.4, 38.6), "s_armpit"]),
    "bos_low": Curve(["s_bos", (-22.0, 45.3), (-19.4, 45.4), "s_bos_in"]),
    # inner edge of the shoulder blade: a strip along its medial border
    "sie_in": Curve(["nsa_li", (-3.35, 33.2), (-3.25, 37.2), "sie_bi"]),
    "sie_out": Curve(["sie_to", (-6.55, 33.6), (-6.5, 37.2), "sie_bo"]),
    "sie_bot": Curve(["sie_bi", (-5.4, 40.75), "sie_bo"]),
    # round the lower tip of the shoulder blade
    "sbla_out": Curve(["sie_bo", (-9.6, 41.3), (-11.25, 43.6), "sbla_r",
                       (-8.3, 48.2), (-5.5, 47.2), "sbla_q"]),
    "sbla_med": Curve(["sbla_q", (-3.75, 42.9), "sie_bi"]),
    "bsb_bot": Curve(["sbla_q", (-2.0, 44.6), "m_t7"], end="mirror"),
    "mb_top": Curve(["sbla_r", (-13.6, 46.95), "s_mb_top"]),
    "mb_bot": Curve(["m_tl", (-6.0, 57.6), (-11.0, 58.1), "s_mb_bot"],
                    start="mirror"),
    "lb_si": Curve(["sac_tl", (-3.9, 71.95), "j_E_crest"]),
    "si_lat": Curve(["j_E_crest", (-6.45, 74.0), (-6.55, 77.6), "si_bo"]),
    "si_bot": Curve(["si_bi", (-3.7, 81.1), "si_bo"]),
    # the sacrum's side edge, its top corner down to the coccyx
    "sac_lat": Curve(["sac_tl", (-3.05, 75.5), (-2.95, 78.5), "si_bi",
                      (-1.25, 83.1), "m_S4"]),
    "sac_top": line("m_sac", "sac_tl"),
}
MID = Curve(["m_top", "m_crown", "m_nuchal", "m_c7", "m_t7", "m_tl", "m_sac",
             "m_S4", "notch"], straight=True, step=1000)


AREAS = [
    ("top-of-head", bv.polygon(
        (MID, "m_top", "m_crown"), (C["crown"], "m_crown", "s_crown"),
        (S, "s_crown", "m_top"))),
    ("back-of-head", bv.polygon(
        (C["crown"], "s_crown", "m_crown"), (MID, "m_crown", "m_nuchal"),
        (nuchal, "m_nuchal", "s_nuchal"), (C["ear_in"], "s_nuchal", "ear_top"),
        (S, "ear_top", "s_crown"))),
    ("back-of-neck", bv.polygon(
        (nuchal, "s_nuchal", "m_nuchal"), (MID, "m_nuchal", "m_c7"),
        (C["bn_bot"], "m_c7", "s_neck"), (S, "s_neck", "s_nuchal"))),
    ("neck-shoulder-angle", bv.polygon(
        (S, "s_neck", "s_nsa"), (C["nsa_low"], "s_nsa", "nsa_li"),
        (C["nsa_med"], "nsa_li", "nsa_in"), (C["bn_bot"], "nsa_in", "s_neck"))),
    ("top-of-shoulder", bv.polygon(
        (S, "s_nsa", "s_acr"), (C["tos_low"], "s_acr", "nsa_lo"),
        (C["nsa_low"], "nsa_lo", "s_nsa"))),
    ("back-of-shoulder", bv.polygon(
        (S, "s_acr", "s_bos"), (C["bos_low"], "s_bos", "s_bos_in"),
        (S, "s_bos_in", "s_armpit"), (C["bos_med"], "s_armpit", "tos_bm"),
        (C["tos_low"], "tos_bm", "s_acr"))),
    ("back-of-upper-arm", bv.polygon(
        (S, "s_bos", "s_bos_in"), (C["bos_low"], "s_bos_in", "s_bos"))),
    ("shoulder-blade-inner-edge", bv.polygon(
        (C["nsa_low"], "sie_to", "nsa_li"), (C["sie_in"], "nsa_li", "sie_bi"),
        (C["sie_bot"], "sie_bi", "sie_bo"), (C["sie_out"], "sie_bo", "sie_to"))),
    ("shoulder-blade-lower-angle", bv.polygon(
        (C["sie_bot"], "sie_bo", "sie_bi"), (C["sbla_med"], "sie_bi", "sbla_q"),
        (C["sbla_out"], "sbla_q", "sie_bo"))),
    ("between-shoulder-blades", bv.polygon(
        (C["bn_bot"], "m_c7", "nsa_in"), (C["nsa_med"], "nsa_in", "nsa_li"),
        (C["sie_in"], "nsa_li", "sie_bi"), (C["sbla_med"], "sie_bi", "sbla_q"),
        (C["bsb_bot"], "sbla_q", "m_t7"), (MID, "m_t7", "m_c7"))),
    ("mid-back", bv.polygon(
        (C["bsb_bot"], "m_t7", "sbla_q"), (C["sbla_out"], "sbla_q", "sbla_r"),
        (C["mb_top"], "sbla_r", "s_mb_top"), (S, "s_mb_top", "s_mb_bot"),
        (C["mb_bot"], "s_mb_bot", "m_tl"), (MID, "m_tl", "m_t7"))),
    ("low-back", bv.polygon(
        (C["mb_bot"], "m_tl", "s_mb_bot"), (S, "s_mb_bot", "s_crest_side"),
        (crest, "s_crest_side", "j_E_crest"), (C["lb_si"], "j_E_crest", "sac_tl"),
        (C["sac_top"], "sac_tl", "m_sac"), (MID, "m_sac", "m_tl"))),
    ("sacroiliac", bv.polygon(
        (C["lb_si"], "sac_tl", "j_E_crest"), (C["si_lat"], "j_E_crest", "si_bo"),
        (C["si_bot"], "si_bo", "si_bi"), (C["sac_lat"], "si_bi", "sac_tl"))),
    ("buttock", bv.polygon(
        (crest, "j_E_crest", "s_crest_side"), (S, "s_crest_side", "s_fold_side"),
        (fold, "s_fold_side", "s_fold_m"), (S, "s_fold_m", "notch"),
        (MID, "notch", "m_S4"), (C["sac_lat"], "m_S4", "si_bi"),
        (C["si_bot"], "si_bi", "si_bo"), (C["si_lat"], "si_bo", "j_E_crest"))),
    ("back-of-thigh", bv.polygon(
        (fold, "s_fold_m", "s_fold_side"), (S, "s_fold_side", "s_fold_m"))),
]
# The sacrum is one midline shape: its left half here, closed by the mirror.
SACRUM_HALF = bv.polygon(
    (C["sac_top"], "m_sac", "sac_tl"), (C["sac_lat"], "sac_tl", "m_S4"),
    (MID, "m_S4", "m_sac"))


# ---------------------------------------------------------------------------
# Output helpers (shared with make_front_view.py)
# ---------------------------------------------------------------------------
def inside(p, ring):
    x, y = p
    c = False
    for i in range(len(ring)):
        (x1, y1), (x2, y2) = ring[i], ring[i - 1]
        if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
            c = not c
    return c


def seg_dist(p, a, b):
    ax, ay = a[0] - p[0], a[1] - p[1]
    dx, dy = b[0] - a[0], b[1] - a[1]
    ll = dx * dx + dy * dy
    t = 0.0 if ll == 0 else max(0.0, min(1.0, -(ax * dx + ay * dy) / ll))
    return ((ax + t * dx) ** 2 + (ay + t * dy) ** 2) ** 0.5


def label_point(ring, n=40):
    """The inside point farthest from the edges, on an n x n grid (design
    units are true proportions, so this is where a label fits best)."""
    xs = [p[0] for p in ring]
    ys = [p[1] for p in ring]
    best, best_d = None, -1.0
    for i in range(1, n):
        for k in range(1, n):
            x = min(xs) + (max(xs) - min(xs)) * i / n
            y = min(ys) + (max(ys) - min(ys)) * k / n
            if not inside((x, y), ring):
                continue
            d = min(seg_dist((x, y), ring[j], ring[(j + 1) % len(ring)])
                    for j in range(len(ring)))
            if d > best_d:
                best, best_d = (x, y), d
    return best


def both_sides(key, ring, designed_side, norm, mirror):
    """JSON areas for a shape designed on one half and its mirror image."""
    other = "left" if designed_side == "right" else "right"
    pts = bv.dedupe([norm(p) for p in ring])
    lab = norm(label_point(ring))
    return [{"id": "%s-%s" % (key, side), "key": key, "side": side,
             "label": label, "polygon": poly}
            for side, poly, label in (
                (designed_side, pts, lab),
                (other, bv.reverse_ring(mirror(pts)), [round(1.0 - lab[0], 4), lab[1]]))]


def build_areas(norm, mirror):
    """The back view's areas as JSON objects, each side of an area together."""
    out = []
    for key, ring in AREAS:
        out += both_sides(key, ring, "left", norm, mirror)
    half = bv.dedupe([norm(p) for p in SACRUM_HALF])
    whole = half + mirror(half[1:-1])[::-1]
    full_design = SACRUM_HALF + [bv.mirror_pt(p) for p in SACRUM_HALF[1:-1]][::-1]
    out.append({"id": "sacrum", "key": "sacrum", "side": "mid",
                "label": norm(label_point(full_design)), "polygon": whole})
    return out
