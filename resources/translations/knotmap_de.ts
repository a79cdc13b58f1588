<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <source>KnotMap Cannot Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track back and neck muscle knots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a demo database in a temporary folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the window and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start hidden in the system tray (minimized where there is no tray), as when starting with the desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db and --demo cannot be used together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the screenshot to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas</name>
    <message>
        <source>Back of head, neck and trunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left upper back of the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right upper back of the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left occipitalis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right occipitalis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left suboccipitals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right suboccipitals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left cervical paraspinals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right cervical paraspinals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left splenius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right splenius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left levator scapulae</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right levator scapulae</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left upper trapezius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right upper trapezius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left supraspinatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right supraspinatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left posterior deltoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right posterior deltoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left triceps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right triceps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left infraspinatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right infraspinatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left teres minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right teres minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left teres major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right teres major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left middle trapezius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right middle trapezius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left rhomboids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right rhomboids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left serratus posterior superior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right serratus posterior superior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left lower trapezius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right lower trapezius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left latissimus dorsi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right latissimus dorsi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left thoracic erector spinae</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right thoracic erector spinae</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left lumbar erector spinae</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right lumbar erector spinae</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left quadratus lumborum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right quadratus lumborum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left multifidus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right multifidus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left gluteus medius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right gluteus medius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left gluteus minimus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right gluteus minimus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left gluteus maximus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right gluteus maximus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left hamstrings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right hamstrings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left piriformis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right piriformis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front of the body</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>The autostart entry %1 could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KnotMap cannot start with the desktop: the folder %1 cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KnotMap cannot start with the desktop: %1 cannot be written (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty or not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged or is not a KnotMap database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a KnotMap database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file was written by a newer KnotMap (schema %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged (SQLite&apos;s check reports: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its spots and ratings cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup could not be verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be written to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged or is not a SQLite database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite could not check the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyAtlas</name>
    <message>
        <source>the body atlas has a pain area &apos;%1&apos; whose id does not match its key and side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body atlas lists pain area &apos;%1&apos; twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain area &apos;%1&apos; has a malformed shape or label point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body atlas is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body atlas&apos;s view must be &quot;back&quot; or &quot;front&quot;, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body atlas has no sensible aspect ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body atlas has no valid silhouette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body atlas has a region with a malformed id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body atlas lists region &apos;%1&apos; twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region &apos;%1&apos; has no side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region &apos;%1&apos; does not match its muscle, side or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region &apos;%1&apos; has a malformed shape or label point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body atlas has no regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body atlas hands &apos;%1&apos; over to &apos;%2&apos;: the second must be a muscle of the atlas, the first another well-formed muscle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body atlas has a malformed guide line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no &apos;%1&apos; view of the body: the views are &quot;back&quot; and &quot;front&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body atlas is missing from the program&apos;s resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 view in the program&apos;s resources says it is another view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyMap</name>
    <message>
        <source>LEFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RIGHT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Hold times for sustained pressure, from the trial protocols it tabulates: 30–60 s, up to 90 s by hand, firmer as tolerated. Pressure raised pain thresholds, but the change in reported pain was small and uncertain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In healthy adults, 90 s of still pressure on a calf trigger point with a foam roller raised its pain threshold; rolling did not. Why KnotMap prefers still ball pressure on a spot and treats rolling as general loosening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretching: to mild tightness, 10–30 s holds (30–60 s for older adults), 2–4 repetitions, at least 2–3 days a week, daily best. Resistance work: 2–3 days a week, 8–12 repetitions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 s stretches gained as much as 60 s, and once a day as much as three times a day: why the default stretch is 30 s, once a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual therapy, massage included, only as part of a package that includes exercise: why each routine pairs pressure with stretching and, where sensible, strengthening. Written for low back pain; KnotMap applies the same principle to the neck and shoulders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate evidence from a few trials that heat wraps give a small, short-term easing of acute and subacute low back pain. KnotMap offers warmth as comfort care; its 10–20 minute sessions are ordinary practice, not from this review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sustained finger pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the tender spot with your fingertips or thumb and press in slowly until you feel a strong but bearable ache. Hold still and breathe slowly, pressing a little deeper only as the tenderness eases. Let go when the spot softens or the time is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some tenderness for up to a day after pressure work is common and fades by itself; stop if the pain turns sharp, spreads or keeps growing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never press on the spine or on bone: keep to the soft muscle beside them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop at once if pain shoots, spreads, or brings numbness or tingling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press only as firmly as you can still breathe and relax through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling sore for about a day after firm work is common (practice reports); it should then fade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep off the front and sides of the neck, and off bruises, swelling, broken skin and varicose veins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go gently if you take blood thinners or bruise easily.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light finger pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest your fingertips on the tender spot and press lightly, just enough to feel it without the pain growing. Stay relaxed and breathe slowly. This softer version suits days when the pain is high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If even light pressure makes the pain worse, leave it for today and try warmth or a gentle stretch instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some soreness for about a day after pressure is common, more so after firm work (practice reports).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep off the front and sides of the neck, and off bruises, swelling and broken skin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ball pressure against a wall or floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place a tennis ball or similar firm ball between the tender spot and a wall or the floor. Lean or lie into it slowly until you feel a strong but bearable ache, then stay still and breathe. A softer ball, or a wall instead of the floor, makes it gentler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Come off the ball slowly; do not bounce on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the ball off the front and sides of the neck, and off bruises, swelling and broken skin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go gently if you take blood thinners, bruise easily or have thin bones (osteoporosis).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foam roller rolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest the area on a foam roller and use your hands and feet to roll slowly along the muscle, taking some weight on them to keep the pressure bearable. Roll each area for 1–2 minutes in all, and where you find a tender spot, stop on it for 30–45 s. Rolling loosens a broad area; for a single sore spot, still pressure with a ball tends to help more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never roll over the lower back&apos;s spine; use a ball on the muscle beside it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep off the back of the knee, and off bruises, swelling, broken skin and varicose veins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gentle stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move slowly into the position until you feel mild tightness, not pain, then hold still and breathe out. Stretch on at least 2–3 days a week; daily is best. From 65, holds of 30–60 s may suit you better; KnotMap suggests 60 s when you give your year of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretch to mild tightness only, and never bounce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop if you feel tingling, numbness, or pain that shoots or spreads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With neck stretches, move slowly and stop if you feel dizzy or your vision changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow strengthening holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move slowly into the position, hold it steadily while breathing normally, then relax. Do these on 2–3 days a week, with a rest day between. They should feel like effort, not pain; when they feel easy, hold a little longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep breathing; do not hold your breath.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop if the exercise brings sharp pain, or pain that shoots or spreads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with fewer repetitions if you are new to exercise or the area is very sore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some tiredness in the muscle the next day is normal; sharp or lasting pain is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warmth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay a warm, never hot, pack or a hot-water bottle wrapped in a towel over the area, or let a warm shower run over it. Sit or lie comfortably and let the muscles soften. Warmth is comfort care: it can ease pain for a while and is a good start before stretching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use warm, not hot: wrap packs and bottles in a cloth and check your skin every few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not use heat on skin that feels numb, on broken skin, or on a fresh, swollen injury.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never fall asleep on or under a heat pack or hot-water bottle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take extra care if you have diabetes or poor circulation, and follow the pack&apos;s heating instructions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop if your skin stings or turns blotchy red or pale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit with your elbows on a table and rest your fingertips on the sore spot on the back of your head. Do not press in: there is bone just under the thin scalp. Instead move the scalp gently over the bone in small, slow circles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no muscle to stretch here. Pain at the top and back of the head is often felt from the muscles at the back of the neck, so ease those: sit tall, tuck your chin in slightly and let your head bow forward until you feel a mild pull at the back of your neck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold a warm, wrung-out flannel or a wrapped warm pack against the back of your head and neck while you sit back with your head supported and let your jaw and shoulders relax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie on your back with a pillow under your head. Rest your fingertips on the sore spot on the back of your head, above the bony ridge, and let only their own weight press in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This thin scalp muscle has no true stretch, so ease the back of your neck instead: sit tall and nod your chin gently toward your chest, letting the back of your head lengthen, until you feel a mild pull.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold a warm, wrung-out flannel or a wrapped warm pack against the back of your head and upper neck while you sit back and let your jaw and shoulders relax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie on your back, knees bent. Curl your fingertips up under the bony ridge at the base of your skull, a finger&apos;s width either side of the middle, and let a little of your head&apos;s weight rest on them. Keep it soft; never dig in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit tall, looking straight ahead. Tuck your chin in slightly, then nod forward a little, as if saying a small yes, until you feel a mild pull just under the back of your skull.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie on your back, knees bent, head on a thin folded towel. Gently nod your chin in, making a small double chin without lifting your head, and hold. You should feel the deep front neck muscles working, not straining.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie back with a wrapped warm pack under the base of your skull and upper neck, with a pillow keeping your head in line with your body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit tall, tuck your chin slightly, then slowly bow your head forward and let its weight do the work. A hand may rest on the back of your head without pulling. Feel a mild stretch down the back of your neck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit or stand with your back against a wall. Slide your chin straight back into a double chin, without tipping your head up or down, and hold while the back of your neck stays long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drape a wrapped warm pack or a warm, wrung-out towel across the back of your neck, or let a warm shower run over it, keeping your shoulders relaxed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit with your elbow propped on a table. With your fingertips, find the tender spot two fingers&apos; width out from the spine, just below the skull at about the height of your earlobe. Press in steadily, keeping to the back of the neck, never its side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie on your back with a pillow under your head. Rest your fingertips on the sore spot at the back of your neck, two fingers&apos; width out from the spine, and press only lightly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit tall. Turn your head partway toward the opposite side, then lower your chin toward your chest until you feel a mild pull at the back of the neck on the sore side. Keep your shoulders down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit tall with your shoulders relaxed. Slide your chin straight back into a small double chin, eyes level, and hold. This trains the deep muscles at the front of the neck, which may take some load off the muscles at the back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay a wrapped warm pack across the back of your neck, from the base of your skull to your shoulders, while you sit back with your head supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand with your back to a wall. Place the ball just above the top inner corner of your shoulder blade, where neck meets shoulder, off the bone. Bend your knees slightly to set it, then lean back into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach your other hand across your chest to the sore side. Hook your fingertips over the top of the shoulder where it meets the neck, find the tender spot, and press down and in toward the shoulder blade&apos;s upper corner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit with your sore-side arm supported on a cushion. Reach across with the other hand and rest your fingertips on the sore spot at the angle of neck and shoulder, pressing only lightly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit and hold the chair seat with your sore-side hand. Turn your nose toward the opposite armpit, then let your chin drop gently until you feel a mild pull from the back of the neck to the shoulder blade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit tall. Gently draw your shoulder blades back and down, as if sliding them into your back pockets, without shrugging or arching your back. Hold while your neck stays relaxed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay a wrapped warm pack over the angle where your neck meets your shoulder on the sore side, while you sit with your arms supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach across with the opposite hand and take the ridge of muscle between your neck and shoulder tip between thumb and fingers. Find the tender spot, about halfway along, and squeeze steadily, like a slow pinch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie on your back, knees bent. Place the ball under the ridge between your neck and shoulder tip, about halfway along, on the muscle just behind the top of the shoulder, and let your weight settle onto it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit with your forearms resting on a table. Reach across with the other hand and rest your fingertips on the tender spot midway along the ridge between neck and shoulder, pressing gently down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit and hold the side of the chair seat with your sore-side hand. Tip your ear toward the opposite shoulder, then nod slightly down, until you feel a mild pull along the top of the shoulder and side of the neck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit tall with your arms relaxed. Gently draw your shoulder blades down and slightly together, widening the space between ears and shoulders, and hold. This trains the lower shoulder-blade muscles to share the load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drape a wrapped warm pack over the ridge between your neck and shoulder tip while you sit back with your arms supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach across your chest with the opposite hand. Rest your fingertips in the hollow just above the bony ridge that crosses the top of your shoulder blade, find the tender spot, and press straight down into the muscle, not onto the ridge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit with your sore-side forearm resting on a table. Reach across with the other hand and press lightly into the hollow just above the bony ridge of your shoulder blade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand and place the back of your sore-side hand against your lower back. With your other hand, hold that wrist and ease it gently toward the opposite hip until you feel a mild pull over the top of the shoulder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand with your arms by your sides, thumbs up. Raise both arms slowly forward and slightly out to just below shoulder height, and hold, then lower slowly. Keep your shoulders down and stop short of any pinching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay a wrapped warm pack over the top of your shoulder blade, above the bony ridge, while you sit with your arm supported on a cushion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand with the back of your shoulder to a wall and place the ball on the fleshy back of the shoulder, below the bony tip. Lean in gently and let your arm hang loose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest your sore arm on your lap. Reach across with the other hand and press your fingertips into the fleshy back of the shoulder, below the bony tip, where it feels tender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit with your sore arm resting on a cushion. Reach across and rest your fingertips on the tender spot at the back of the shoulder, pressing lightly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring your sore arm across your chest at shoulder height. With your other forearm, draw it gently closer at the elbow until you feel a mild stretch at the back of the shoulder. Keep the shoulder down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand tall with your arms straight out in front at chest height, thumbs up. Move them out to the sides and a little back, squeezing at the back of the shoulders, and hold. Return slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit with your sore forearm resting on a table. With the thumb and fingers of your other hand, find the tender spot at the back of the upper arm and press in steadily, or squeeze it gently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest your sore arm on a table or cushion. With the fingertips of your other hand, press lightly on the tender spot at the back of the upper arm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise your sore arm and bend the elbow so your hand drops behind your head. With your other hand, ease the elbow gently back until you feel a mild stretch along the back of the upper arm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand an arm&apos;s length from a wall with your hands on it at shoulder height. Bend your elbows, keeping them close to your sides, lean in partway and hold, then push back slowly. Stand closer to make it easier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand with your back to a wall, the ball on the flat of your shoulder blade just below its bony ridge, and lean back into it. Reaching your arm across your chest can bring the sore spot onto the ball.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach your other hand over the top of your shoulder and rest your fingertips on the flat of the shoulder blade, just below the bony ridge, pressing lightly. If you cannot reach, lean very gently on the ball instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the back of your sore-side hand on your lower back. With your other hand, ease that elbow gently forward until you feel a mild stretch at the back of the shoulder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand with your sore-side elbow bent to a right angle and tucked against your waist, a rolled towel between them. Turn your forearm slowly outward, keeping the elbow in, and hold. Return slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit back against a pillow with a wrapped warm pack behind your shoulder blade, or lie on your good side with it over the back of the shoulder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand with your back slightly turned to a wall. Place the ball high on the outer edge of your shoulder blade, near the back of the armpit, on the muscle beside the bone. Lean in gently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach your other hand under your sore-side armpit to the back. Find the tender band of muscle along the upper outer edge of your shoulder blade and press into it with your fingertips, not onto the bone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest your sore arm on a cushion. Reach under the armpit with your other hand and press lightly into the muscle along the upper outer edge of your shoulder blade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach your sore arm across your chest and rest the hand on the opposite shoulder. With your other hand, lift that elbow gently up and across until you feel a mild stretch at the back of the armpit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie on your good side with your sore elbow bent to a right angle and resting against your side. Raise your forearm slowly toward the ceiling, elbow still against your body, and hold. Lower slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie on your good side with a wrapped warm pack over the back of your armpit and the outer edge of your shoulder blade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise your sore arm and rest the hand on your head. With the thumb and fingers of your other hand, grip the thick fold at the back of the armpit, close to the shoulder blade, and squeeze the tender spot steadily.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand with your back slightly turned to a wall. Place the ball at the back of your armpit, on the muscle beside the lower outer edge of your shoulder blade, not on the bone. Lean in gently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest your sore-side hand on your head. Hold the fold at the back of your armpit, near the shoulder blade, lightly between thumb and fingers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand beside a door frame. Raise your sore arm overhead and hold the frame, then let your hips sway away from it until you feel a mild stretch along the back of the armpit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand tall with your arms by your sides, palms facing back. Press your straight arms gently backward while drawing your shoulder blades together, and hold. Keep your chest up and neck relaxed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie on your good side with a wrapped warm pack over the back of your armpit and the lower outer edge of your shoulder blade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand with your back to a wall. Place the ball between the inner edge of your shoulder blade and the spine, on the muscle and touching neither bone. Cross your arms to draw the shoulder blades apart, then lean in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach your other hand over your shoulder and rest your fingertips between the top of your shoulder blade and the spine. Press lightly into the muscle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clasp your hands in front at chest height. Round your upper back and push your hands forward, letting your shoulder blades spread apart, until you feel a mild stretch between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit or stand tall with your elbows bent at your sides. Gently squeeze your shoulder blades back and together, without shrugging or arching your lower back, and hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie on your back with a wrapped warm pack under your upper back, between your shoulder blades, or sit back against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand with your back to a wall. Place the ball in the muscle between the inner edge of your shoulder blade and the spine, touching neither bone. Hug yourself to widen the gap, then lean in; bend your knees slowly to move the ball.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach your other hand over your shoulder or behind your back and press lightly with your fingertips into the muscle along the inner edge of your shoulder blade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap your arms around yourself as if in a hug, hands reaching toward your shoulder blades. Round your upper back and breathe in slowly until you feel a mild stretch between the shoulder blades.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit tall with your arms forward and elbows bent. Pull your elbows back close to your body, as if rowing, and squeeze your shoulder blades together. Hold, then return slowly, keeping your neck relaxed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit back against a wrapped warm pack placed between your shoulder blades, or lie on your back with it under that area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand with your back to a wall and hug yourself to slide your shoulder blades outward. Place the ball just inside the upper inner edge of the shoulder blade, beside the spine but not on it. Lean in gently and breathe slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit and let your sore-side arm hang toward the opposite knee to move the shoulder blade aside. Reach over that shoulder with the other hand and press lightly just inside the upper inner edge of the shoulder blade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit and hug yourself, hands reaching around toward your shoulder blades. Round your upper back, drop your chin a little and breathe out fully, until you feel a mild stretch under the top of the shoulder blades.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie on your back with a wrapped warm pack under the top of your shoulder blades, or sit back against it with your arms resting on a cushion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand with your back to a wall. Place the ball beside the lower inner edge of your shoulder blade, between it and the spine, on neither bone. Lean in and bend your knees slowly to find the tender spot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach your other hand behind your back, or over your shoulder, and press lightly with your fingertips beside the lower inner edge of the shoulder blade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit and lean forward. Reach your sore-side arm down and across toward the opposite foot, letting the shoulder blade slide forward and your upper back round, until you feel a mild stretch below the shoulder blade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie face down, forehead on a folded towel, arms overhead in a Y with thumbs up. Draw your shoulder blades down and back to lift your arms just off the floor, and hold. Keep your neck relaxed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie on your back with a wrapped warm pack under your mid-back, below the shoulder blades, or sit back against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie on your sore side with the roller under the back of your armpit and your arm stretched overhead. Roll slowly from just below the armpit down the side of your back to the lower ribs, turning slightly to find tender areas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand side-on to a wall with your sore arm raised. Place the ball on the fleshy side of your back, just below and behind the armpit, and lean in gently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise your sore arm and rest the hand on your head. With your other hand, grip the fold at the back of your armpit, low down toward the chest wall, and squeeze the tender spot steadily.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest your sore-side hand on your head. Hold the lower part of the fold behind your armpit lightly between thumb and fingers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kneel on all fours, sit your hips back toward your heels, and walk both hands over to the opposite side until you feel a mild stretch along the side of your back and under your arm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit tall with your elbows bent and hands at head height. Draw your elbows down toward your back pockets, squeezing under the shoulder blades, and hold. Return slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie on your good side with a wrapped warm pack along the side of your back, just below the armpit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie on your back with the roller across your upper back, hands behind your head. Tilt toward the sore side so the muscle beside the spine takes the weight, and push with your feet to roll slowly, no lower than your bottom ribs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand with your back to a wall and place the ball on the band of muscle beside the spine, anywhere from two fingers&apos; width out to about a hand&apos;s width, where the ribs start to curve forward. Never put it on the bony bumps of the spine. Lean in and bend your knees slowly to move it up or down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach behind you and press lightly with your thumbs or knuckles into the band of muscle a few fingers&apos; width out from the spine, never on its bony bumps, as high as you can comfortably reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit on a chair with your feet apart. Let your chest sink slowly toward your thighs, arms hanging, rounding your back from the top down until you feel a mild stretch along your back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie face down with your arms by your sides and your forehead on a towel. Lift your head and chest a little off the floor, chin gently tucked, and hold. Lower slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie on your back with a wrapped warm pack under the sore part of your mid-back, or let a warm shower run over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand with your back to a wall and place the ball on the thick ridge of muscle two or three fingers&apos; width out from the bony bumps of your lower spine, not in the groove right beside them. Lean in gently and bend your knees slowly to move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand with your hands on your hips, thumbs behind. Press your thumbs into the thick ridge of muscle two or three fingers&apos; width out from your lower spine, not in the groove right beside the bony bumps, and hold steadily on the tender spot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie on your side with your knees bent. Reach behind and rest your thumb on the ridge of muscle two or three fingers&apos; width out from your lower spine, pressing only lightly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie on your back. Bring one knee and then the other toward your chest, holding behind your thighs, until you feel a mild stretch in your lower back. Let your head rest on the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kneel on all fours with a flat back. Slowly reach one arm forward and the opposite leg back, level with your body, without letting your back sag or twist, and hold. Return and switch sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie on your side or front with a wrapped warm pack over your lower back, or let a warm shower run over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand with your back to a wall. Place the ball in the soft area between your lowest rib and the top of your hip bone, outside the thick muscle ridge beside the spine. Lean in gently, turning a little toward the sore side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand with your hand on your waist, thumb behind, in the soft area between the lowest rib and the hip bone. Press your thumb inward toward the spine and hold steadily on the tender spot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie on your good side with a pillow under your waist. Rest your thumb in the soft area between your lowest rib and hip bone at the back, pressing lightly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand with your feet together, raise your sore-side arm overhead and lean gently away to the opposite side, until you feel a mild stretch between your lowest rib and hip. Hold a chair for balance if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie on your side propped on your forearm, elbow under your shoulder, knees bent. Lift your hips so you are straight from knees to head, and hold. Do both sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie on your good side with a wrapped warm pack over your side, between the lowest rib and the hip bone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kneel on all fours. Slowly round your back up toward the ceiling, tucking your tailbone and letting your head drop, until you feel a mild stretch along your lower spine. Then return to a flat back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kneel on all fours with a flat back. Slide one leg straight back and lift it to hip height, keeping your hips level, and hold. When that is easy, also reach the opposite arm forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie on your front or side with a wrapped warm pack over the small of your back, or let a warm shower run over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand with the side of your buttock to a wall and place the ball on the upper outer buttock, just below the rim of the hip bone. Lean in and bend your knees slowly to search for the tender spot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie partly on your side with the roller under your upper outer buttock, propped on your forearm. Roll slowly between the rim of the hip bone and the bony point at the side of the hip, without rolling onto either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand with your hand on your hip, thumb toward the back. Press your thumb into the upper outer buttock, just below the rim of the hip bone, and hold steadily on the tender spot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie on your good side with a pillow between your knees. Rest your fingertips on the upper outer buttock, just below the rim of the hip bone, pressing lightly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand beside a wall or chair for balance. Cross your sore-side leg behind the other and let that hip shift gently out to the side, until you feel a mild stretch on the outside of the hip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie on your good side with the lower knee bent. Keeping the top leg straight and slightly behind you, toes forward, lift it slowly a little way and hold. Do not roll backward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie on your good side with a wrapped warm pack over your upper outer buttock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand with the side of your hip to a wall. Place the ball on the outer buttock, a hand&apos;s width below the rim of the hip bone and above the bony point at the side of the hip. Lean in and bend your knees slowly to search for the tender spot. Ease off at once if tingling or numbness runs down your leg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand with your hand on your hip, thumb toward the back. Press your fingertips slowly into the side of the hip, between the rim of the hip bone and the bony point below it: this muscle lies deep, under gluteus medius. Hold steadily on the tender spot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie on your good side with a pillow between your knees. Rest your fingertips on the side of your hip, between the rim of the hip bone and the bony point below it, pressing lightly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand side-on to a wall with your sore side toward it and a hand on it for balance. Cross your sore-side leg behind the other and let that hip sink gently toward the wall, until you feel a mild stretch at the side of the hip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie on your good side with the lower knee bent. Keeping the top leg straight, in line with your body and toes pointing forward, lift it slowly a little way and hold. Lower it slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie on your good side with a wrapped warm pack over the side of your hip and outer buttock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand with your back to a wall and place the ball in the lower middle of your buttock, beside the flat bone at the base of the spine but not on it. Lean in gently and shift your weight to find the tender spot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit on the roller, lean onto your sore buttock and cross that ankle over the other knee. Support yourself on your hands and roll slowly over the fleshy buttock, keeping off the tailbone and the bony point of the hip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie on your good side, knees bent. Reach back and press lightly with your fingertips into the sore spot in your buttock, beside the flat bone at the base of the spine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie on your back. Bring your sore-side knee up and, holding it with both hands, ease it gently toward the opposite shoulder until you feel a mild stretch in the buttock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie on your back, knees bent, feet flat and hip-width apart. Squeeze your buttocks and lift your hips until you are straight from knees to shoulders, and hold. Lower slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie on your front or good side with a wrapped warm pack over the buttock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit with the roller under the back of your thighs and your hands on the floor behind you. Lift your hips and roll slowly from just above the back of the knee to just below the sitting bone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit on a firm chair with the ball under the tender spot at the back of your thigh, well away from the back of the knee. Let the weight of your leg rest on it and stay still.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit with your leg supported on a stool. With your thumbs or fingertips, find the tender spot in the back of your thigh and press in steadily.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit or lie with your leg supported. Rest your fingertips on the sore spot at the back of the thigh and press only lightly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie on your back and loop a towel around your sore-side foot. Raise that leg, knee nearly straight, until you feel a mild stretch down the back of the thigh. Keep the other knee bent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie on your back with knees bent and heels a little farther from your hips than usual. Dig your heels in, lift your hips a little, and hold. Lower slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit on the floor, the ball under the middle of your sore buttock, halfway between the base of the spine and the bony point of the hip. Cross that ankle over the other knee and lean in. Ease off if tingling runs down your leg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie on your good side, knees bent. Reach back and press lightly with your fingertips into the middle of your sore buttock, halfway between the base of the spine and the bony point of the hip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie on your back, knees bent. Cross your sore-side ankle over the other knee, lift that foot off the floor and draw the thigh gently toward you, until you feel a mild stretch deep in the buttock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie on your good side, hips and knees bent, feet together. Keeping your feet touching and your hips still, open the top knee like a clam, and hold. Close slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie on your front or good side with a wrapped warm pack over the middle of the buttock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n spot(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new spot(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routine step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>the file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be read to its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text follows a closing quote; quotes inside a field are doubled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside an unquoted field; quote the whole field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (save it as UTF-8 and try again)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>x and y must both be given or both be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x and y must be numbers from 0 to 1, not &apos;%1&apos; and &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point (%1, %2) is outside the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown region &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region &apos;%1&apos; contradicts the point (%2, %3), which lies in &apos;%4&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row needs a region or a point (x, y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>felt pain needs a known pain area, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>felt pain needs its point: x and y from 0 to 1, not &apos;%1&apos; and &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (a spot is a knot or felt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain score &apos;%1&apos; is not a whole number from 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown quality &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spot &apos;%1&apos; is %2 on an earlier line, but %3 here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spot &apos;%1&apos; is in &apos;%2&apos; on an earlier line, but in &apos;%3&apos; here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spot &apos;%1&apos; has another spot_uuid on an earlier line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first line must be the header %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataTransfer</name>
    <message numerus="yes">
        <source>Exported %Ln rating(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln spot(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rating(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln routine step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the export was cancelled; no file was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KnotMap ratings %1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KnotMap %1.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KnotMap FHIR %1.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KnotMap files (*.csv *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported, because the database is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported, and nothing was changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import of %1 cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported, and nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2, %3 and %4 added; %5 and %6 already there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>weeks must be from 1 to 520, not %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <source>Show in Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file manager could be started; the file is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileSafety</name>
    <message>
        <source>%1 is KnotMap&apos;s own database (or a file SQLite keeps beside it); choose another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, pipe or socket); choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>KnotMap User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About KnotMap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;KnotMap %1&lt;/h3&gt;&lt;p&gt;A diary for back and neck muscle knots: mark where it hurts, rate it, and follow it over the weeks.&lt;/p&gt;&lt;p&gt;&lt;b&gt;KnotMap is a self-care aid, not a diagnosis.&lt;/b&gt; See a doctor or physiotherapist for numbness, tingling, weakness, fever, unexplained weight loss, or severe pain that does not ease.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later (&lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt;).&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3&lt;/p&gt;&lt;p&gt;Your data: %4&lt;br&gt;Backups: %5&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About KnotMap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body map or list: rate or add at the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body map or list: the selected knot&apos;s menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor: set the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0–9, 1 then 0 for 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor: save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor: cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided player: pause or resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>… and %1 more problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export of %1 was cancelled; no file was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: the database could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was imported, because the database could not be backed up first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file changed while it was being imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks like a FHIR bundle: KnotMap exports those but imports only its own CSV and JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonChecker</name>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1 or null, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonExchange</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a KnotMap export: the root must be an object, not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a KnotMap export (&quot;format&quot;: &quot;knotmap&quot;, &quot;version&quot;: 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (a spot is a &quot;knot&quot; or &quot;felt&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spot &apos;%1&apos; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>felt pain needs a known pain area, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point (%1, %2) is off the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region &apos;%1&apos; contradicts the point, which lies in &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no spot &apos;%1&apos; in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown quality &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown region &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a warning sign needs a name of 1 to 60 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a day like 2026-03-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown level &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spot %1 is a knot, not felt pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spot %1 is felt pain, not a knot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be whole seconds since 1970, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same link is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnotActions</name>
    <message>
        <source>Re&amp;name Knot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected knot a name; an empty name calls it &quot;Knot n&quot; again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Knot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (one line, at most %1 characters; empty for &quot;Knot n&quot;):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive Knot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the selected knot from the map and the list; its ratings are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knot &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every rating of the selected knot, newest first: delete one or change its time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archi&amp;ved Knots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The knots you archived: bring one back to the map and the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest pain score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkCommands</name>
    <message>
        <source>Link Knot to Felt Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink Knot from Felt Pain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message numerus="yes">
        <source>rated %1 on %n of the last 7 days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You linked the pain %1 to your knot in the %2, which may explain it; the knot was %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain %1 is often felt from the %2; your knot there was %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain %1 is sometimes felt from the %2; your knot there was %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain %1 may be felt from a knot in %2. Press there gently; if you find a tender knot, mark it, and KnotMap will plan for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The area over the %1: rated on %n of the last 7 days, mean %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Self-release plan for %1 (%2 of %3 minutes)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KnotMap is a self-care aid, not a diagnosis.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
No exercises today.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Nothing to do today: no spot was rated in the last 7 days.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s × %2, %3–%4 days a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s × %2, on %3–%4 days a week, never two days running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s × %2, %3× a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the latest score is 7 or more, so gentle work only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the latest score is 3 or less, so strengthening and stretching</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>KnotMap Is Already Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KnotMap is already open on %1 in another window (process %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can open it here too: both windows save every change at once and show each other&apos;s within a second, and undo in one window never changes what the other did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Here Too</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quality</name>
    <message>
        <source>Not specified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tingling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stiff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shooting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rating</name>
    <message>
        <source>pain score %1 is out of range: it must be from 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC offset of %1 minutes is impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingCommands</name>
    <message>
        <source>Delete Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Rating Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordedTime</name>
    <message>
        <source>&apos;%1&apos; is not a time in ISO 8601 form with a UTC offset, such as 2026-03-01T08:30:00+01:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a real date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an impossible UTC offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before 1900; KnotMap keeps dates from 1900 on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than a day in the future</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message numerus="yes">
        <source>%Ln spot(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rating(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be moved aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup could not be copied to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KnotMap Cannot Open Your Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KnotMap cannot use %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problem: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest good backup is from %1, with %2 and %3. Restoring it keeps the file above as it is, under another name, so nothing in it is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup of it. The file is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Another File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty, although KnotMap has backups of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedFlags</name>
    <message>
        <source>You recorded numbness, tingling or shooting pain in %1. These may come from a nerve rather than a muscle, so please have them checked by a doctor or physiotherapist in the next few days. KnotMap leaves out pressure there until you tell it they have gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain in %1 has been severe (7 or more) on most of the days you rated it in the last two weeks. Pain that stays this high deserves a physiotherapist&apos;s or doctor&apos;s look soon; until then KnotMap suggests only gentle work there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain has got worse over the last four weeks (%1 to %2), although self-care was logged. That is a good moment to see a physiotherapist or doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain in %1 has got worse over the last four weeks (%2 to %3), although self-care was logged. That is a good moment to see a physiotherapist or doctor; until then KnotMap leaves out pressure there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the last four weeks (%1 to %2), with self-care logged every week, the pain showed no clear change. That is a good moment to have a physiotherapist or doctor look at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until then KnotMap leaves out pressure and rolling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness, tingling or shooting pain in the ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe pain on most rated days of two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain worse over four weeks despite self-care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clear change after four weeks of self-care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the area over the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the areas over the %1 and the %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, the </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Referral</name>
    <message>
        <source>Top of the head, left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top of the head, right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back of the head, left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back of the head, right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left temple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right temple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left forehead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right forehead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behind the left eye</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behind the right eye</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left jaw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right jaw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back of the neck, left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back of the neck, right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left side of the neck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right side of the neck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left angle of the neck and shoulder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right angle of the neck and shoulder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left top of the shoulder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right top of the shoulder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left front of the shoulder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right front of the shoulder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left back of the shoulder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right back of the shoulder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left outer upper arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right outer upper arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left back of the upper arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right back of the upper arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left outer elbow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right outer elbow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left little-finger side of the forearm and hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right little-finger side of the forearm and hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left thumb side of the forearm and hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right thumb side of the forearm and hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left inner edge of the shoulder blade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right inner edge of the shoulder blade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left lower tip of the shoulder blade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right lower tip of the shoulder blade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between the shoulder blades, left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between the shoulder blades, right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left chest wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right chest wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid-back, left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid-back, right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low back, left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low back, right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left sacroiliac joint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right sacroiliac joint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sacrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left buttock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right buttock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left outer hip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right outer hip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left groin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right groin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left back of the thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right back of the thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left outer thigh and calf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right outer thigh and calf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the middle of the free upper edge of the neck-shoulder ridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the middle of the flat of the shoulder blade, below its spine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>near the inner edge of the shoulder blade (less common)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deep, just under the bony ridge at the base of the skull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the neck meets the shoulder, above the upper corner of the shoulder blade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upper back of the neck, a little out from the midline, just below the skull (splenius capitis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high on the side of the back of the neck (splenius cervicis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low on the side of the back of the neck, near the angle of neck and shoulder (splenius cervicis; on this map: levator scapulae)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beside the neck&apos;s spine at mid-neck (multifidi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a few centimetres below the skull, beside the spine (semispinalis capitis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the hollow above the spine of the shoulder blade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between the inner edge of the shoulder blade and the spine, high up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>near the outer end of the muscle, close to the bony tip of the shoulder (on this map: supraspinatus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the lower fibres cross the inner edge of the shoulder blade, near its lower tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>along the inner edge of the shoulder blade, between it and the spine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the upper part of the outer edge of the shoulder blade, near the back of the armpit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lower outer edge of the shoulder blade, near its lower tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the back fold of the armpit, level with the middle of the shoulder blade (on this map: teres major)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under the upper part of the shoulder blade (reached with the arm across the chest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the angle under the lowest rib or above the pelvic rim, outside the back&apos;s long muscles (outer fibres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deeper, nearer the spine at mid lumbar level, under the long back muscles (deep fibres; on this map: lumbar erector spinae)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just below the pelvic rim in the upper outer buttock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deep mid-buttock, on the line from the sacrum to the top of the thigh bone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just below the lowest rib, to the outside (iliocostalis lumborum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deep, right beside the lumbar spine (multifidus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deep in the upper outer buttock, toward the front (front part)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deep in the upper outer buttock, nearer the middle (back part)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the upper inner buttock beside the sacrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the sitting bone, low in the buttock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low and inner, near the tailbone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mid-back at the rib angles, a hand&apos;s width from the spine (iliocostalis thoracis; on this map: lower trapezius)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low in the mid-back at the rib angles (iliocostalis thoracis; on this map: latissimus dorsi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beside the spine low in the mid-back (longissimus thoracis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deep, beside the spine from the lowest lumbar level to the sacrum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralAtlas</name>
    <message>
        <source>The referral data is not valid JSON: %1 at offset %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral data is not a JSON object with &quot;areas&quot; and &quot;muscles&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral data has a bad or repeated area &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral data for %1 names an unknown area &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral data for %1 says &quot;%2&quot; for how often pain is felt in %3; it must be &quot;often&quot; or &quot;sometimes&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral data for %1 has an incomplete knot site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral data has a bad or repeated muscle &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral data has no areas or no muscles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral data is missing from the program&apos;s resources.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionPanel</name>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper arms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hips and buttocks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · a self-care diary, not a diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mean pain %1 of 10, each rated day counted once (%Ln rating(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rated on %1 of %n day(s); %2 of them pain-free (every rating 0).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Self-release routines were done on %1 of %n day(s) with a plan (%2%).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln earlier note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it hurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot by spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-care done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back and neck pain diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 to %3 · made on %4 with KnotMap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ratings were recorded in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knots followed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No week inside the period was rated on at least %1 days, so no worst or least painful week is named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one week inside the period was rated on at least %1 days: %2 (mean %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst week: %1 (mean %2). Least painful week: %3 (mean %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knots (discs) and felt pain (diamonds) at their places, filled by the mean score for the period, the worst beside it; pain felt on the front or side is on the front view. Left and right are the person&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worst %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back: knots, and pain felt on the back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front: pain felt on the front and side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean pain score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regions: weekly mean, the range from lowest to highest, and the 7-day average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (felt pain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may be felt from the knot in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked to pain felt at: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spots were rated in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change: the knot&apos;s mean over the last two weeks it was rated in the period minus its mean over the first two, each day counted once; &quot;too few&quot; when it was not rated on 4 days in each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too little data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went with less pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 weeks on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KnotMap asks about warning signs that may need a doctor rather than self-care (listed below), and watches the ratings for some of them. This is what the person reported; it is not a medical check and cannot rule anything out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end of the period none of these signs was ticked, and the ratings raised none of KnotMap&apos;s rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end of the period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signs the person is asked about:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urgent: stop self-care, get emergency help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no exercise today, a doctor soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a professional&apos;s look soon, no pressure work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown by the Routine tab during the period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days, %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — all of them are in the CSV export (File › Export Data › Ratings as CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report was made by KnotMap from the person&apos;s own diary: where it hurt, how much (0–10) and what they did about it. KnotMap is a self-care aid, not a diagnosis; its regions name possible sources of pain, not findings. Please weigh it alongside your own assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KnotMap report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KnotMap report for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report was cancelled; no file was written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPrinting</name>
    <message>
        <source>Print Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer stopped after page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer did not finish the job</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineCatalogue</name>
    <message>
        <source>Massage ball</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foam roller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an impossible %2 range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an unknown value &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the routine catalogue is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the routine catalogue has an unknown version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>technique &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a malformed or repeated id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no rest time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than 7 days a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an impossible age for older adults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 presses on tissue but says nothing about soreness afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cites an unknown source &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a muscle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the routine catalogue lists muscle &apos;%1&apos; twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>muscle &apos;%1&apos; uses an unknown technique &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>muscle &apos;%1&apos; has no steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the routine catalogue has nothing for &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the routine catalogue is missing from the program&apos;s resources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineLog</name>
    <message>
        <source>a routine step needs a region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a routine step needs a technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a routine step cannot last a negative time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spot</name>
    <message>
        <source>&apos;%1&apos; is not a valid spot key: use 1–64 lower-case letters, digits, dots, dashes or underscores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Felt pain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point (%1, %2) is off the diagram: x and y run from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a spot UUID such as 6f1c2a9e-0b4d-4c55-9f0e-2d8f7a3b91c4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpotCommands</name>
    <message>
        <source>Add Spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Felt Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate Spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Spot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpotDetailCommands</name>
    <message>
        <source>Rename Knot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive Knot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring Back Knot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KnotMap&apos;s table of felt-pain areas could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only; KnotMap saves every change at once, so it needs to write there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 is read-only; SQLite needs to write its journal beside the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged (SQLite&apos;s check reports: %1); KnotMap does not write into a damaged file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has not been opened by this KnotMap yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is missing (Debian package libqt6sql6-sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was not upgraded, because it could not be backed up first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite could not switch the file to write-ahead logging (it reports &apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is a SQLite database of another program, not a KnotMap database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database was written by a newer KnotMap (schema %1; this version reads up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rating or routine step refers to a spot that is not there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrading the database to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is locked by another program; close it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file or its folder is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged or is not a KnotMap database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database refused a value that breaks its rules (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Symptoms</name>
    <message>
        <source>New trouble passing or holding urine or stools, numbness around the back passage or genitals, or new problems with sexual function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to an emergency department now, or call your local emergency number (112 in Europe, 999 in the UK, 911 in North America). With back pain, these signs may mean the nerves at the base of the spine are pressed, which needs a doctor within hours. Do not wait to see if it passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness, tingling, weakness or pain running down both legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to an emergency department now, or call your local emergency number (112 in Europe, 999 in the UK, 911 in North America). Signs in both legs may come from the nerves in the spine, not a muscle. Do not wait to see if it passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakness that is getting worse, or a change in the way you walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to an emergency department now, or call your local emergency number (112 in Europe, 999 in the UK, 911 in North America). Weakness that grows may come from a nerve or the spine. Do not wait to see if it passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With neck pain: dizziness, double vision, trouble speaking or swallowing, sudden falls without fainting, or clumsy hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call your local emergency number now (112 in Europe, 999 in the UK, 911 in North America). With neck pain these signs may involve a blood vessel or the spinal cord. Do not press on, stretch or twist your neck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sudden, severe headache, the worst you have had</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call your local emergency number now (112 in Europe, 999 in the UK, 911 in North America). A sudden, severe headache needs a doctor straight away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chest pain, or pain in the upper back, left shoulder, arm or jaw that comes on with effort or with breathlessness, sweating or feeling sick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call your local emergency number now (112 in Europe, 999 in the UK, 911 in North America) and do not drive yourself. This kind of pain may come from the heart or lungs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fever, or feeling unwell with the pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please see a doctor in the next day or two, sooner if you feel worse. Pain that goes with a fever or feeling unwell needs a doctor&apos;s look before any exercise, so KnotMap suggests none today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakness, numbness or pins and needles in one arm or one leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have this checked by a doctor or physiotherapist in the next few days; it may come from a nerve rather than a muscle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight loss you cannot explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain that goes with weight loss you cannot explain should be seen by a doctor in the next few days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pain began with a fall or an injury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain that began with a fall or an injury should be checked by a doctor or physiotherapist before you press on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain that is worse at night or at rest, and that changing position does not ease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain that is worse at night or at rest, and that no position eases, should be checked by a doctor in the next few days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have had cancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a history of cancer, new or changing back or neck pain should be checked by your doctor in the next few days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pain is new to you and began after the age of 50, or before 20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New back or neck pain that starts after 50, or before 20, is worth a doctor&apos;s look in the next few weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Osteoporosis (thin bones), or you have taken steroid tablets for months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With thin bones or long use of steroid tablets, firm pressure may injure weakened bones. See a doctor about the pain in the next few days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A weakened immune system (from an illness or medicines), or you inject drugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a weakened immune system, or after injecting drugs, back or neck pain should be checked by a doctor in the next few days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pain makes everyday tasks hard, such as dressing, washing or working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain that gets in the way of everyday life deserves a physiotherapist&apos;s or doctor&apos;s look in the next few weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get medical help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exercises today: see a doctor soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth a professional&apos;s look soon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain score (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ratings in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest to highest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7-day average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each rating</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Trends</name>
    <message numerus="yes">
        <source>%n knot(s) followed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no clear change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not enough ratings yet to tell (needs ratings on at least 4 days in the first and in the last two weeks of the data, for at least one knot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 — %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KnotMap compares, knot by knot, the first two weeks of the ratings in the period with the last two. Each day counts once; a knot is followed when it was rated on at least 4 days in each, and a change counts when it is at least 30% and 1 point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knot by knot, the first two weeks of the ratings (%1–%2, %3 ratings of the knots followed) against the last two (%4–%5, %6 ratings); each day counts once, and a knot is followed when it was rated on at least 4 days in each. A change counts when it is at least 30% and 1 point. A self-care diary, not a diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>knotmap::KnotStore</name>
    <message>
        <source>point (%1, %2) is outside the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a spot with the key &apos;%1&apos; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no spot with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rating cannot change its id or its spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rating is no longer there (it was deleted elsewhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rating was changed elsewhere in the meantime; it was left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no rating with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its spot is no longer there (it was deleted elsewhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spot was moved elsewhere in the meantime; it was left there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spot &apos;%1&apos; is in the database again already (brought back by an import or another program), so it was not put back twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a knot&apos;s name is one line, without line breaks or tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a knot&apos;s name has at most %1 characters; this one has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the knot was renamed elsewhere in the meantime; its name was left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the knot was archived or brought back elsewhere in the meantime; it was left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a knot keeps at least one rating; delete the knot instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known pain area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a knot, not felt pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is felt pain, not a knot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; and &apos;%2&apos; are already linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spots %1 and %2 are not linked (perhaps undone elsewhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a warning sign needs a name of 1 to 60 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>felt pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a knot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spot &apos;%1&apos; is %2 in the file but %3 in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spot &apos;%1&apos; is already in the database in &apos;%2&apos;, not in &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file changed while it was being imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link names spot %1, which is neither in the file nor in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link&apos;s knot &apos;%1&apos; is felt pain, not a knot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link&apos;s felt pain &apos;%1&apos; is a knot, not felt pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this build&apos;s SQLite driver cannot restore backups (Qt and KnotMap use different SQLite libraries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was restored, because the database as it is now could not be backed up first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup could not be restored (%1); the database is as it was</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>knotmap::ui::ArchivedKnotsDialog</name>
    <message>
        <source>No knot is archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bring Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived Knots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived knots are hidden from the map and the list; all their ratings are kept. Bring one back to follow it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived knots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected knot on the map and in the list again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>knotmap::ui::BackupActions</name>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a checked copy of your data in the backups folder beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Bac&amp;kup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back your data as it was in an earlier backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert Last Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back your data as it was just before the last import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Backed Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was made: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln spot(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rating(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Backed up %1 and %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the copy to bring back. What is there now is backed up first, so a restore can itself be undone by restoring that copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup made %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert Last Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back your data as it was on %1, just before the last import?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln rating(s) added since then, by the import or after it, will be gone. What is there now is backed up first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverted the last import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored, because the database is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was there is kept in %1. Undo history was cleared.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>knotmap::ui::BodyMapWidget</name>
    <message>
        <source>Front view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front view of the body. Click where you feel pain to record it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back view of the body. Click where it hurts to mark a spot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click on the body where it hurts to mark a spot.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>knotmap::ui::GuidedPlayer</name>
    <message>
        <source>Time left in this hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain %1 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done Early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing planned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Done for today: %1 of %n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rate a spot on the Mark tab and a plan appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done. Expect some soreness for a day after firm work; it is common.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused — </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest, then hold again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How does the spot feel now, before you start? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>And now? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>knotmap::ui::LongWork</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>knotmap::ui::MainWindow</name>
    <message>
        <source>&amp;Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF for your therapist (Ctrl+4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark where it hurts and rate it (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is it getting better? (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s self-release plan, with a guided timer (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click on the body to mark where it hurts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown with the changes made outside this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click on the body where it hurts, or pick a muscle from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected spot and its ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate Spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knotmap-new.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KnotMap databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. To use it, choose File › Open Database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KnotMap databases (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No files yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Database &amp;Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KnotMap keeps your data in this file, readable only by you:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Re&amp;port (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;int Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings as a &amp;FHIR Bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;rends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;outine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day shown on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n spot(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 not rated this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KnotMap could not save the change: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New spot · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KnotMap has no name for this place yet: felt pain can be marked in the places outlined on the front view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Felt pain · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last rated %1 on %2 · rating for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another rating for this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save This Rating?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your note for %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You did not choose a pain score. Save saves it with the score shown, %1 of 10; Cancel goes back to the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the spot in %1. Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Felt pain stays in its place (%1); mark pain elsewhere as a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A spot must stay on the body; it is back where it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain felt here? Click it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shade where pain from the knots may be felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knots often send pain to other places. Shade the places where pain from every knot on the map may be felt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knots and pain on the back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain felt at the front and sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press around the ring in the %1: a tender knot there may explain this pain. Click to mark it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>knotmap::ui::NoticePanel</name>
    <message>
        <source>The numbness or tingling has gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KnotMap then allows pressure there again, until numbness, tingling or shooting pain is rated once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KnotMap shows no exercises while this is ticked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>knotmap::ui::PeriodPicker</name>
    <message>
        <source>Last 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 26 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 52 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>knotmap::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name on reports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks and routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for self-release:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools you have:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me to rate on days with nothing rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep KnotMap in the system tray when its window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start KnotMap, in the tray, when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time KnotMap starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>knotmap::ui::ReferralPanel</name>
    <message>
        <source>Referred pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From published patterns: a guide to where to look, not a diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where pain may come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A knot&apos;s pain is often felt somewhere else: one in the upper trapezius, for example, may be felt at the temple. Select a knot to see where its pain may be felt. Mark pain you feel on the front view, or tick “Felt here, not a knot”, to see its possible sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The published patterns name no places where pain from this muscle is often felt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain from a knot here is often felt in these places, nearest first (shaded on the maps):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You linked this knot to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · felt pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click to select it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The published patterns name no muscle whose knots often send pain here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain here is often felt from a knot in one of these muscles, the most likely first. Select one to see where to search for its knot; tick a knot you found that may explain this pain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sometimes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible source: select to see where to search for a knot in the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may explain this pain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>knotmap::ui::RegionHeatMap</name>
    <message>
        <source>Body heat map of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each region shaded by its mean score for the period. Click a region to follow it alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>knotmap::ui::RegionPanel</name>
    <message>
        <source>Find a muscle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muscle regions and their spots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter on a region adds a spot there; Enter on a spot rates it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Enter or double-click to add a knot here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Felt pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Felt pain at %1 — Enter or double-click to rate it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Enter or double-click to rate it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>knotmap::ui::Reminders</name>
    <message>
        <source>Nothing rated today yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snooze 1 Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not again today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;KnotMap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing rated today yet. A minute now keeps your diary whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click on the body where it hurts, or pick a muscle from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>knotmap::ui::ReportView</name>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name on the report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the PDF when it is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the report&apos;s export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the report&apos;s pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> The PDF has the same pages, with real text you can search and copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KnotMap report %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report Not Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PDF Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application to open PDF files was found. The report is saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Printed %n page(s) of the report.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The report was not printed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>knotmap::ui::RoutineView</name>
    <message>
        <source>Suggestions for self-care, not a diagnosis or a treatment. Stop anything that makes the pain shoot, spread, or brings numbness or tingling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KnotMap could not note that: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. From 65, KnotMap suggests holding stretches longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your time and tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went with less pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two weeks from the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change in the spot&apos;s score: right after each session (mean of after − before), and its mean in the two weeks after you started against the two weeks before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get medical help now if you have:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See a doctor soon if you have:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do any of these apply to you now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out today&apos;s plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s plan could not be worked out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exercises today: please follow the notice above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No knot to work on yet: see where to search below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do today: no knot was rated in the last 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Today: %n step(s), about %1 of your %2 minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Step Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step was not saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate the knot before and after a step in the player, and what went with less pain shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too little data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>knotmap::ui::Sessions</name>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KnotMap databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KnotMap could not open that file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>knotmap::ui::SpotEditor</name>
    <message>
        <source>Close without saving (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain score from 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What were you doing? What helped?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Felt Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this spot and all its ratings (Ctrl+Z brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add New Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the earlier rating and record another one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type 0–10 for a quick score · Enter saves · Esc cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Felt here, not a knot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when it hurts here (%1) but pressing finds no knot: KnotMap then lists the muscles whose knots may send pain here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>knotmap::ui::SpotHistoryDialog</name>
    <message>
        <source>&amp;Delete Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n rating(s), newest first</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the selected rating (it can be undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A knot keeps at least one rating; archive or delete the knot instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rating cannot be moved into the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When was this rating made?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>knotmap::ui::TrendChartWidget</name>
    <message>
        <source>Trend chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Mean %2 · highest %3 · lowest %4
%5 on %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>knotmap::ui::TrendsView</name>
    <message>
        <source>Knot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show All Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick regions or spots to follow them alone; none ticked shows everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotspot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions ranked by how often and how badly they hurt in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working it out for the period chosen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n chosen regions and spots</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The trends could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>knotmap::ui::WelcomeDialog</name>
    <message>
        <source>Welcome to KnotMap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to KnotMap&lt;/h2&gt;&lt;p&gt;A diary for the sore, tight spots in back and neck muscles that often come and go: note where it hurts and how much, and see over the weeks whether it is getting better.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;1. Click where it hurts&lt;/b&gt; on the body map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;2. Rate it&lt;/b&gt; from 0 to 10 and say how it feels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;3. Come back tomorrow&lt;/b&gt; and rate it again to see the trend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Your data stays on this computer, in &lt;code&gt;%1&lt;/code&gt;. A backup is made every day and kept in &lt;code&gt;%2&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;&lt;i&gt;KnotMap is a self-care aid, not a diagnosis.&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore &amp;Demo Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo cannot replace the database that is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
