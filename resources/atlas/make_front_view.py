#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generate resources/atlas/front-view.json, KnotMap's front view (issue 12).

Standard library only; deterministic.  Run from the repo root:

    python3 resources/atlas/make_front_view.py

The front view is where referred pain is often felt but a back view cannot
show it: temple, forehead, behind the eye, jaw, side of the neck, front of
the shoulder, arm and hand, chest wall, hip, groin, thigh and calf.  It has no
muscle regions (knots are always marked on the back view), only a silhouette,
faint guides and the named pain areas of resources/referral/referral.json
whose view is "front".

How the drawing is built (as in make_back_view.py)
--------------------------------------------------
* Design units (about 1 cm on a 175 cm adult), X = 0 on the midline, Y down
  from the top of the canvas.  The figure stands in the anatomical position:
  arms hanging a little away from the sides, palms forward (thumb side
  outward, little-finger side toward the body), head to mid-calf.
* A FRONT view: the person's RIGHT is on the viewer's LEFT.  Only the viewer's
  left half (X < 0, the person's right side) is designed; the person's left is
  its mirror image.
* The head is drawn about 15 % larger than anatomical so the small face areas
  (temple, forehead, behind the eye, jaw) stay easy to click: each is at least
  4 units (15 px on a 560 px tall view) tall.
* Outlines are centripetal Catmull-Rom splines (make_back_view.Curve); areas
  are cut from the very same sampled curves, so neighbours share edges
  exactly and never overlap.  Places with no named area stay plain.
"""

import json
import math
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ beside the resources
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_back_view as bv  # noqa: E402  (spline helpers)
import make_back_areas as ba  # noqa: E402  (label points)

CANVAS_H = 151.0              # vertex at 2, calves cut at 146, room above
TOP = 3.0                     # for the "Front view" caption over the head
ASPECT = 0.38                 # width / height: thumbs reach X = +-27
CANVAS_W = ASPECT * CANVAS_H

# ---------------------------------------------------------------------------
# Junctions (viewer's left half = the person's RIGHT side; X < 0)
# ---------------------------------------------------------------------------
J = {
    # head (vertex 2, eyes 14.5, nose 19.8, mouth 22.8, chin 28.6)
    "m_top": (0.0, 2.0),
    "s_tmp": (-8.25, 8.4),         # hairline meets the side of the head
    "ear_top": (-8.5, 13.2),
    "ear_bot": (-8.25, 19.6),
    "jaw_ang": (-7.15, 23.6),      # angle of the jaw
    "hair_m": (0.0, 6.5),          # hairline on the midline
    "hair_l": (-5.5, 7.25),        # forehead meets the temple
    "brow_m": (0.0, 12.75),
    "e_in": (-1.3, 12.6),          # eye area, upper inner corner
    "e_out": (-5.5, 12.4),
    "e_low_out": (-5.65, 16.3),
    "e_low_in": (-1.4, 16.55),
    "chin_l": (-2.9, 27.85),       # jaw area ends beside the chin
    "chin_m": (0.0, 28.6),
    "n_jl": (-4.75, 26.6),         # side of the neck meets the jaw line
    # neck and shoulder
    "s_neck_low": (-6.6, 29.9),    # neck turns into the shoulder slope
    "n_in_bot": (-3.2, 32.3),      # inner end of the collarbone
    "c_fs": (-12.8, 33.7),         # collarbone: front of the shoulder starts
    "s_acr": (-18.6, 33.5),        # shoulder tip (acromion)
    # arm (upper arm 7 units wide, elbow 63, wrist 85.5, fingertips 104.9)
    "fs_oua": (-19.75, 45.0),
    "s_oua_bot": (-23.2, 58.6),
    "oua_bi": (-19.85, 58.4),
    "s_oe_bot": (-23.75, 67.2),
    "oe_bi": (-20.7, 67.0),
    "s_tip_mid": (-22.3, 104.9),   # tip of the middle finger
    "s_lf_top": (-17.3, 67.0),
    "s_fs_arm": (-16.2, 47.0),
    "s_armpit": (-15.25, 44.6),
    # trunk
    "s_cw_bot": (-14.05, 59.6),
    "cw_mb": (-10.4, 59.0),
    "s_hip_top": (-15.4, 77.8),
    "s_hip_bot": (-17.05, 93.2),
    "oh_bi": (-13.9, 92.0),
    # legs (knees 129, calves cut at 146)
    "s_cut_out": (-12.1, 146.0),
    "ot_cut": (-9.3, 146.0),
    "s_cut_in": (-3.5, 146.0),
    "s_groin_low": (-1.05, 93.3),
    "s_groin_in": (-0.55, 89.9),
    "g_lat": (-11.5, 80.0),
    "notch": (0.0, 88.6),          # crotch
}


def Curve(ctrl, **kw):
    return bv.Curve(ctrl, junctions=J, **kw)


polygon = bv.polygon


# ---------------------------------------------------------------------------
# Silhouette: vertex, round the head, ear, jaw, neck, shoulder, down the outer
# arm, round the hand (thumb out), up the inner arm, down the flank and the
# outer leg, across the calf, up the inner leg to the crotch.
# ---------------------------------------------------------------------------
SIL = bv.Path([
    Curve(["m_top", (-4.3, 2.75), (-6.9, 4.8), "s_tmp", (-8.6, 11.0),
           "ear_top"], start="mirror"),
    Curve(["ear_top", (-9.25, 13.0), (-9.85, 14.3), (-9.9, 16.4),
           (-9.45, 18.6), (-8.75, 19.8), "ear_bot"]),
    Curve(["ear_bot", (-7.85, 21.7), "jaw_ang", (-6.05, 25.6), (-5.7, 27.3),
           (-5.8, 28.8), "s_neck_low", (-9.4, 31.0), (-13.5, 32.1), "s_acr",
           (-21.4, 35.4), (-22.85, 39.2), (-23.1, 45.0), (-23.05, 52.0),
           "s_oua_bot", (-23.3, 63.0), "s_oe_bot", (-24.25, 72.5),
           (-24.6, 79.5), (-24.75, 85.3), (-25.75, 88.0), (-26.55, 91.0),
           (-26.85, 94.0), (-26.75, 96.3), (-26.3, 97.45), (-25.75, 97.5),
           (-25.4, 96.6), (-25.22, 95.4), (-25.15, 97.6), (-25.05, 100.3), (-24.45, 103.1), (-23.5, 104.5),
           "s_tip_mid", (-21.05, 104.45), (-20.15, 103.1), (-19.65, 100.6),
           (-19.45, 96.0), (-19.35, 91.0), (-19.55, 85.5), (-18.75, 78.0),
           (-17.75, 71.0), "s_lf_top", (-16.85, 63.5), (-16.35, 56.0),
           (-16.1, 50.5), "s_fs_arm", "s_armpit", (-15.05, 47.5),
           (-14.85, 52.5), "s_cw_bot", (-13.45, 64.5), (-13.65, 69.0),
           (-14.55, 73.5), "s_hip_top", (-16.55, 84.0), (-17.2, 88.8),
           "s_hip_bot", (-16.85, 101.0), (-15.55, 112.0), (-13.65, 122.0),
           (-12.6, 128.0), (-12.55, 131.5), (-13.15, 136.5), (-12.95, 141.5),
           "s_cut_out"]),
    Curve(["s_cut_out", "ot_cut", "s_cut_in"], straight=True),
    Curve(["s_cut_in", (-2.95, 141.0), (-2.55, 136.5), (-3.05, 132.5),
           (-2.45, 129.0), (-2.55, 124.0), (-1.85, 112.0), (-1.1, 100.0),
           "s_groin_low", "s_groin_in", "notch"], end="mirror"),
])

# ---------------------------------------------------------------------------
# Inner boundary curves
# ---------------------------------------------------------------------------
C = {
    "mid_fh": Curve(["brow_m", "hair_m"], straight=True, step=1000),
    "hairline": Curve(["hair_m", (-3.0, 6.7), "hair_l", "s_tmp"], start="mirror"),
    "brow": Curve(["brow_m", "e_in", (-3.4, 11.95), "e_out"], start="mirror"),
    "fh_lat": Curve(["e_out", (-5.6, 9.8), "hair_l"]),
    "eye_lat": Curve(["e_out", (-5.8, 14.4), "e_low_out"]),
    "eye_low": Curve(["e_low_out", (-3.5, 16.95), "e_low_in"]),
    "eye_med": Curve(["e_low_in", (-1.2, 14.6), "e_in"]),
    "tmp_low": Curve(["ear_top", (-7.3, 15.3), "e_low_out"]),
    "jawline": Curve(["jaw_ang", "n_jl", "chin_l", "chin_m"], end="mirror"),
    "jaw_top": Curve(["chin_l", (-3.75, 24.6), (-5.3, 21.5), (-7.0, 19.4),
                      "ear_bot"]),
    "neck_bot": Curve(["s_neck_low", (-4.9, 31.5), "n_in_bot"]),
    "neck_in": Curve(["n_in_bot", (-3.55, 29.3), "n_jl"]),
    # collarbone, sternal end to the acromion (a gentle S)
    "clavicle": Curve([(-1.6, 32.7), "n_in_bot", (-8.0, 33.25), "c_fs",
                       (-16.0, 34.05), "s_acr"]),
    # outer strip of the upper arm and the front of the shoulder
    "oua_in": Curve(["s_acr", (-20.05, 38.6), "fs_oua", (-19.55, 52.0),
                     "oua_bi"]),
    "oua_bot": Curve(["oua_bi", "s_oua_bot"]),
    "fs_bot": Curve(["fs_oua", (-17.9, 46.4), "s_fs_arm"]),
    "dp": Curve(["s_armpit", (-14.3, 41.0), (-13.5, 37.0), "c_fs"]),
    "oe_in": Curve(["oe_bi", (-20.05, 62.6), "oua_bi"]),
    "oe_bot": Curve(["oe_bi", "s_oe_bot"]),
    "lf_top": Curve(["oe_bi", "s_lf_top"]),
    # thumb side / little-finger side: down the middle of forearm and hand
    "fore_mid": Curve(["oe_bi", (-21.3, 75.5), (-22.05, 85.5), (-22.3, 95.0),
                       "s_tip_mid"]),
    "cw_med": Curve(["s_armpit", (-13.3, 46.2), (-11.2, 49.0), (-10.3, 53.5),
                     "cw_mb"]),
    "cw_bot": Curve(["cw_mb", (-12.2, 59.6), "s_cw_bot"]),
    "oh_med": Curve(["s_hip_top", (-13.2, 80.8), (-13.15, 86.0), "oh_bi"]),
    "oh_bot": Curve(["oh_bi", "s_hip_bot"]),
    "ot_med": Curve(["oh_bi", (-12.55, 100.0), (-11.5, 112.0), (-10.2, 123.0),
                     (-9.65, 130.0), (-9.95, 137.5), "ot_cut"]),
    "groin_top": Curve(["g_lat", (-8.0, 82.2), (-4.4, 85.4), (-1.8, 87.8),
                        "s_groin_in"]),
    "groin_low": Curve(["s_groin_low", (-4.4, 91.2), (-8.4, 88.0),
                        (-11.4, 83.4), "g_lat"]),
}

# ---------------------------------------------------------------------------
# Pain areas (the person's right side; mirrored for the left)
# ---------------------------------------------------------------------------
AREAS = [
    # the forehead meets its mirror image on the midline
    ("forehead", polygon(
        (C["hairline"], "hair_m", "hair_l"), (C["fh_lat"], "hair_l", "e_out"),
        (C["brow"], "e_out", "brow_m"), (C["mid_fh"], "brow_m", "hair_m"))),
    ("temple", polygon(
        (C["hairline"], "hair_l", "s_tmp"), (SIL, "s_tmp", "ear_top"),
        (C["tmp_low"], "ear_top", "e_low_out"), (C["eye_lat"], "e_low_out", "e_out"),
        (C["fh_lat"], "e_out", "hair_l"))),
    ("behind-eye", polygon(
        (C["brow"], "e_in", "e_out"), (C["eye_lat"], "e_out", "e_low_out"),
        (C["eye_low"], "e_low_out", "e_low_in"), (C["eye_med"], "e_low_in", "e_in"))),
    ("jaw", polygon(
        (SIL, "ear_bot", "jaw_ang"), (C["jawline"], "jaw_ang", "chin_l"),
        (C["jaw_top"], "chin_l", "ear_bot"))),
    ("side-of-neck", polygon(
        (SIL, "jaw_ang", "s_neck_low"), (C["neck_bot"], "s_neck_low", "n_in_bot"),
        (C["neck_in"], "n_in_bot", "n_jl"), (C["jawline"], "n_jl", "jaw_ang"))),
    ("front-of-shoulder", polygon(
        (C["clavicle"], "c_fs", "s_acr"), (C["oua_in"], "s_acr", "fs_oua"),
        (C["fs_bot"], "fs_oua", "s_fs_arm"), (SIL, "s_fs_arm", "s_armpit"),
        (C["dp"], "s_armpit", "c_fs"))),
    ("outer-upper-arm", polygon(
        (SIL, "s_acr", "s_oua_bot"), (C["oua_bot"], "s_oua_bot", "oua_bi"),
        (C["oua_in"], "oua_bi", "s_acr"))),
    ("outer-elbow", polygon(
        (C["oua_bot"], "oua_bi", "s_oua_bot"), (SIL, "s_oua_bot", "s_oe_bot"),
        (C["oe_bot"], "s_oe_bot", "oe_bi"), (C["oe_in"], "oe_bi", "oua_bi"))),
    ("thumb-side", polygon(
        (C["oe_bot"], "oe_bi", "s_oe_bot"), (SIL, "s_oe_bot", "s_tip_mid"),
        (C["fore_mid"], "s_tip_mid", "oe_bi"))),
    ("little-finger-side", polygon(
        (C["fore_mid"], "oe_bi", "s_tip_mid"), (SIL, "s_tip_mid", "s_lf_top"),
        (C["lf_top"], "s_lf_top", "oe_bi"))),
    ("chest-wall", polygon(
        (SIL, "s_armpit", "s_cw_bot"), (C["cw_bot"], "s_cw_bot", "cw_mb"),
        (C["cw_med"], "cw_mb", "s_armpit"))),
    ("outer-hip", polygon(
        (SIL, "s_hip_top", "s_hip_bot"), (C["oh_bot"], "s_hip_bot", "oh_bi"),
        (C["oh_med"], "oh_bi", "s_hip_top"))),
    ("groin", polygon(
        (C["groin_top"], "g_lat", "s_groin_in"), (SIL, "s_groin_in", "s_groin_low"),
        (C["groin_low"], "s_groin_low", "g_lat"))),
    ("outer-thigh-and-calf", polygon(
        (C["oh_bot"], "oh_bi", "s_hip_bot"), (SIL, "s_hip_bot", "ot_cut"),
        (C["ot_med"], "ot_cut", "oh_bi"))),
]

# ---------------------------------------------------------------------------
# Guides (faint), viewer's left half; mirrored unless central.
# ---------------------------------------------------------------------------
def ellipse(cx, cy, rx, ry, n=10):
    return bv.loop([(cx + rx * math.cos(2 * math.pi * k / n),
                     cy + ry * math.sin(2 * math.pi * k / n)) for k in range(n)])


GUIDES_LEFT = [
    # eye, brow
    ("face", True, bv.loop([(-1.95, 14.55), (-3.4, 13.85), (-4.85, 14.4),
                            (-3.4, 15.15)])),
    ("face", False, Curve([(-1.75, 13.15), (-3.4, 12.6), (-5.0, 13.0)]).points),
    # collarbone
    ("clavicle", False, C["clavicle"].points[:-2]),
    # line of the jaw, angle to chin
    ("face", False, C["jawline"].points),
    # kneecap
    ("other", True, ellipse(-7.45, 128.6, 2.05, 2.6)),
    # fingers: three short lines up from the finger tips
    ("other", False, [(-23.75, 99.0), (-23.75, 103.4)]),
    ("other", False, [(-22.3, 99.6), (-22.3, 104.0)]),
    ("other", False, [(-20.85, 99.0), (-20.85, 103.5)]),
]
GUIDES_CENTRE = [
    # the midline of the trunk, breastbone to the pubic bone
    ("midline", False, [(0.0, 33.4), (0.0, 86.2)]),
    ("other", True, ellipse(0.0, 71.5, 0.55, 0.6, 8)),  # navel
    # base of the nose, mouth
    ("face", False, Curve([(-1.75, 18.7), (-1.35, 19.65), (0.0, 19.95),
                           (1.35, 19.65), (1.75, 18.7)]).points),
    ("face", False, Curve([(-2.35, 22.85), (-1.15, 22.6), (0.0, 22.8),
                           (1.15, 22.6), (2.35, 22.85)]).points),
]


# ---------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------
def norm(p):
    return [round(0.5 + p[0] / CANVAS_W, 4), round((p[1] + TOP) / CANVAS_H, 4)]


def mirror(pts):
    return [[round(1.0 - x, 4), y] for x, y in pts]


def build():
    half = [norm(p) for p in SIL.points]              # vertex ... crotch
    silhouette = bv.dedupe(half + mirror(half)[::-1][1:-1])
    guides = []
    for kind, closed, pts in GUIDES_CENTRE:
        guides.append({"kind": kind, "points": bv.dedupe([norm(p) for p in pts], closed),
                       "closed": closed})
    for kind, closed, pts in GUIDES_LEFT:
        left = bv.dedupe([norm(p) for p in pts], closed)
        for side_pts in (left, mirror(left)):
            guides.append({"kind": kind, "points": side_pts, "closed": closed})
    areas = []
    for key, ring in AREAS:
        areas += ba.both_sides(key, ring, "right", norm, mirror)
    return {"id": "front-view", "name": "Front of the body", "view": "front",
            "aspect": ASPECT, "silhouette": silhouette, "guides": guides,
            "regions": [], "areas": areas}


def j(v):
    return json.dumps(v, separators=(",", ":"))


def dumps(atlas):
    lines = ["{"]
    for key in ("id", "name", "view", "aspect", "silhouette"):
        lines.append('  "%s": %s,' % (key, j(atlas[key])))
    for key in ("guides", "regions", "areas"):
        items = atlas[key]
        last = key == "areas"
        if not items:
            lines.append('  "%s": [],' % key)
            continue
        lines.append('  "%s": [' % key)
        lines += ["    %s%s" % (j(x), "," if i + 1 < len(items) else "")
                  for i, x in enumerate(items)]
        lines.append("  ]" + ("" if last else ","))
    lines.append("}")
    return "\n".join(lines) + "\n"


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "front-view.json")
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
