<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <source>KnotMap Cannot Start</source>
        <translation>KnotMap kann nicht starten</translation>
    </message>
    <message>
        <source>Track back and neck muscle knots.</source>
        <translation>Muskelknoten in Rücken und Nacken festhalten und verfolgen.</translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation>Diese Datenbankdatei öffnen.</translation>
    </message>
    <message>
        <source>Open a demo database in a temporary folder.</source>
        <translation>Eine Beispieldatenbank in einem temporären Ordner öffnen.</translation>
    </message>
    <message>
        <source>Save a PNG of the window and quit.</source>
        <translation>Ein PNG-Bild des Fensters speichern und beenden.</translation>
    </message>
    <message>
        <source>Start hidden in the system tray (minimized where there is no tray), as when starting with the desktop.</source>
        <translation>Versteckt im Infobereich starten (minimiert, wo es keinen Infobereich gibt), wie beim automatischen Start nach der Anmeldung.</translation>
    </message>
    <message>
        <source>--db and --demo cannot be used together</source>
        <translation>--db und --demo können nicht zusammen verwendet werden</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Beispieldaten</translation>
    </message>
    <message>
        <source>cannot write the screenshot to %1</source>
        <translation>das Bildschirmfoto kann nicht in %1 geschrieben werden</translation>
    </message>
    <message>
        <source>With --screenshot: the window&apos;s size, such as 1024x640 (larger only when the window cannot be that small).</source>
        <translation>Mit --screenshot: die Größe des Fensters, etwa 1024x640 (größer nur, wenn das Fenster nicht so klein sein kann).</translation>
    </message>
    <message>
        <source>--size takes a width and height such as 1024x640, with --screenshot; &apos;%1&apos; is not one</source>
        <translation>--size erwartet zusammen mit --screenshot eine Breite und Höhe wie 1024x640; „%1“ ist keine</translation>
    </message>
</context>
<context>
    <name>Atlas</name>
    <message>
        <source>Back of head, neck and trunk</source>
        <translation>Rückseite von Kopf, Nacken und Rumpf</translation>
    </message>
    <message>
        <source>Left upper back of the head</source>
        <translation>Oberer Hinterkopf links</translation>
    </message>
    <message>
        <source>Right upper back of the head</source>
        <translation>Oberer Hinterkopf rechts</translation>
    </message>
    <message>
        <source>Left occipitalis</source>
        <translation>Hinterhauptmuskel links</translation>
    </message>
    <message>
        <source>Right occipitalis</source>
        <translation>Hinterhauptmuskel rechts</translation>
    </message>
    <message>
        <source>Left suboccipitals</source>
        <translation>Kurze Nackenmuskeln links</translation>
    </message>
    <message>
        <source>Right suboccipitals</source>
        <translation>Kurze Nackenmuskeln rechts</translation>
    </message>
    <message>
        <source>Left cervical paraspinals</source>
        <translation>Nackenstrecker links</translation>
    </message>
    <message>
        <source>Right cervical paraspinals</source>
        <translation>Nackenstrecker rechts</translation>
    </message>
    <message>
        <source>Left splenius</source>
        <translation>Riemenmuskel links</translation>
    </message>
    <message>
        <source>Right splenius</source>
        <translation>Riemenmuskel rechts</translation>
    </message>
    <message>
        <source>Left levator scapulae</source>
        <translation>Schulterblattheber links</translation>
    </message>
    <message>
        <source>Right levator scapulae</source>
        <translation>Schulterblattheber rechts</translation>
    </message>
    <message>
        <source>Left upper trapezius</source>
        <translation>Oberer Trapezmuskel links</translation>
    </message>
    <message>
        <source>Right upper trapezius</source>
        <translation>Oberer Trapezmuskel rechts</translation>
    </message>
    <message>
        <source>Left supraspinatus</source>
        <translation>Obergrätenmuskel links</translation>
    </message>
    <message>
        <source>Right supraspinatus</source>
        <translation>Obergrätenmuskel rechts</translation>
    </message>
    <message>
        <source>Left posterior deltoid</source>
        <translation>Hinterer Deltamuskel links</translation>
    </message>
    <message>
        <source>Right posterior deltoid</source>
        <translation>Hinterer Deltamuskel rechts</translation>
    </message>
    <message>
        <source>Left triceps</source>
        <translation>Trizeps links</translation>
    </message>
    <message>
        <source>Right triceps</source>
        <translation>Trizeps rechts</translation>
    </message>
    <message>
        <source>Left infraspinatus</source>
        <translation>Untergrätenmuskel links</translation>
    </message>
    <message>
        <source>Right infraspinatus</source>
        <translation>Untergrätenmuskel rechts</translation>
    </message>
    <message>
        <source>Left teres minor</source>
        <translation>Kleiner Rundmuskel links</translation>
    </message>
    <message>
        <source>Right teres minor</source>
        <translation>Kleiner Rundmuskel rechts</translation>
    </message>
    <message>
        <source>Left teres major</source>
        <translation>Großer Rundmuskel links</translation>
    </message>
    <message>
        <source>Right teres major</source>
        <translation>Großer Rundmuskel rechts</translation>
    </message>
    <message>
        <source>Left middle trapezius</source>
        <translation>Mittlerer Trapezmuskel links</translation>
    </message>
    <message>
        <source>Right middle trapezius</source>
        <translation>Mittlerer Trapezmuskel rechts</translation>
    </message>
    <message>
        <source>Left rhomboids</source>
        <translation>Rautenmuskeln links</translation>
    </message>
    <message>
        <source>Right rhomboids</source>
        <translation>Rautenmuskeln rechts</translation>
    </message>
    <message>
        <source>Left serratus posterior superior</source>
        <translation>Oberer hinterer Sägemuskel links</translation>
    </message>
    <message>
        <source>Right serratus posterior superior</source>
        <translation>Oberer hinterer Sägemuskel rechts</translation>
    </message>
    <message>
        <source>Left lower trapezius</source>
        <translation>Unterer Trapezmuskel links</translation>
    </message>
    <message>
        <source>Right lower trapezius</source>
        <translation>Unterer Trapezmuskel rechts</translation>
    </message>
    <message>
        <source>Left latissimus dorsi</source>
        <translation>Breiter Rückenmuskel links</translation>
    </message>
    <message>
        <source>Right latissimus dorsi</source>
        <translation>Breiter Rückenmuskel rechts</translation>
    </message>
    <message>
        <source>Left thoracic erector spinae</source>
        <translation>Rückenstrecker im Brustbereich links</translation>
    </message>
    <message>
        <source>Right thoracic erector spinae</source>
        <translation>Rückenstrecker im Brustbereich rechts</translation>
    </message>
    <message>
        <source>Left lumbar erector spinae</source>
        <translation>Rückenstrecker im Lendenbereich links</translation>
    </message>
    <message>
        <source>Right lumbar erector spinae</source>
        <translation>Rückenstrecker im Lendenbereich rechts</translation>
    </message>
    <message>
        <source>Left quadratus lumborum</source>
        <translation>Quadratischer Lendenmuskel links</translation>
    </message>
    <message>
        <source>Right quadratus lumborum</source>
        <translation>Quadratischer Lendenmuskel rechts</translation>
    </message>
    <message>
        <source>Left multifidus</source>
        <translation>Multifidus links</translation>
    </message>
    <message>
        <source>Right multifidus</source>
        <translation>Multifidus rechts</translation>
    </message>
    <message>
        <source>Left gluteus medius</source>
        <translation>Mittlerer Gesäßmuskel links</translation>
    </message>
    <message>
        <source>Right gluteus medius</source>
        <translation>Mittlerer Gesäßmuskel rechts</translation>
    </message>
    <message>
        <source>Left gluteus minimus</source>
        <translation>Kleiner Gesäßmuskel links</translation>
    </message>
    <message>
        <source>Right gluteus minimus</source>
        <translation>Kleiner Gesäßmuskel rechts</translation>
    </message>
    <message>
        <source>Left gluteus maximus</source>
        <translation>Großer Gesäßmuskel links</translation>
    </message>
    <message>
        <source>Right gluteus maximus</source>
        <translation>Großer Gesäßmuskel rechts</translation>
    </message>
    <message>
        <source>Left hamstrings</source>
        <translation>Hintere Oberschenkelmuskeln links</translation>
    </message>
    <message>
        <source>Right hamstrings</source>
        <translation>Hintere Oberschenkelmuskeln rechts</translation>
    </message>
    <message>
        <source>Left piriformis</source>
        <translation>Birnenförmiger Muskel (Piriformis) links</translation>
    </message>
    <message>
        <source>Right piriformis</source>
        <translation>Birnenförmiger Muskel (Piriformis) rechts</translation>
    </message>
    <message>
        <source>Front of the body</source>
        <translation>Körpervorderseite</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>The autostart entry %1 could not be removed.</source>
        <translation>Der Autostart-Eintrag %1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>KnotMap cannot start with the desktop: the folder %1 cannot be made.</source>
        <translation>KnotMap kann nicht automatisch beim Anmelden starten: Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>KnotMap cannot start with the desktop: %1 cannot be written (%2).</source>
        <translation>KnotMap kann nicht automatisch beim Anmelden starten: %1 kann nicht geschrieben werden (%2).</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>out of memory</source>
        <translation>nicht genügend Arbeitsspeicher</translation>
    </message>
    <message>
        <source>%1 is empty or not a file</source>
        <translation>%1 ist leer oder keine Datei</translation>
    </message>
    <message>
        <source>the file is damaged or is not a KnotMap database</source>
        <translation>die Datei ist beschädigt oder keine KnotMap-Datenbank</translation>
    </message>
    <message>
        <source>the file is not a KnotMap database</source>
        <translation>die Datei ist keine KnotMap-Datenbank</translation>
    </message>
    <message>
        <source>the file was written by a newer KnotMap (schema %1)</source>
        <translation>die Datei stammt von einer neueren KnotMap-Version (Schema %1)</translation>
    </message>
    <message>
        <source>the file is damaged (SQLite&apos;s check reports: %1)</source>
        <translation>die Datei ist beschädigt (die Prüfung durch SQLite meldet: %1)</translation>
    </message>
    <message>
        <source>its spots and ratings cannot be read: %1</source>
        <translation>die Stellen und Bewertungen darin können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>der Sicherungsordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the backup could not be made: %1</source>
        <translation>die Sicherung konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>the backup could not be verified: %1</source>
        <translation>die Sicherung konnte nicht überprüft werden: %1</translation>
    </message>
    <message>
        <source>it could not be written to disk</source>
        <translation>sie konnte nicht auf den Datenträger geschrieben werden</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>the file is damaged or is not a SQLite database: %1</source>
        <translation>die Datei ist beschädigt oder keine SQLite-Datenbank: %1</translation>
    </message>
    <message>
        <source>SQLite could not check the file: %1</source>
        <translation>SQLite konnte die Datei nicht prüfen: %1</translation>
    </message>
</context>
<context>
    <name>BodyAtlas</name>
    <message>
        <source>the body atlas has a pain area &apos;%1&apos; whose id does not match its key and side</source>
        <translation>der Körperatlas enthält einen Schmerzbereich „%1“, dessen ID nicht zu seinem Schlüssel und seiner Seite passt</translation>
    </message>
    <message>
        <source>the body atlas lists pain area &apos;%1&apos; twice</source>
        <translation>der Körperatlas führt den Schmerzbereich „%1“ zweimal auf</translation>
    </message>
    <message>
        <source>pain area &apos;%1&apos; has a malformed shape or label point</source>
        <translation>der Schmerzbereich „%1“ hat eine fehlerhafte Form oder einen fehlerhaften Beschriftungspunkt</translation>
    </message>
    <message>
        <source>the body atlas is not valid JSON: %1</source>
        <translation>der Körperatlas ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>the body atlas&apos;s view must be &quot;back&quot; or &quot;front&quot;, not &apos;%1&apos;</source>
        <translation>die Ansicht des Körperatlas muss &quot;back&quot; oder &quot;front&quot; sein, nicht „%1“</translation>
    </message>
    <message>
        <source>the body atlas has no sensible aspect ratio</source>
        <translation>der Körperatlas hat kein sinnvolles Seitenverhältnis</translation>
    </message>
    <message>
        <source>the body atlas has no valid silhouette</source>
        <translation>der Körperatlas hat keinen gültigen Umriss</translation>
    </message>
    <message>
        <source>the body atlas has a region with a malformed id &apos;%1&apos;</source>
        <translation>der Körperatlas enthält einen Bereich mit der fehlerhaften ID „%1“</translation>
    </message>
    <message>
        <source>the body atlas lists region &apos;%1&apos; twice</source>
        <translation>der Körperatlas führt den Bereich „%1“ zweimal auf</translation>
    </message>
    <message>
        <source>region &apos;%1&apos; has no side</source>
        <translation>dem Bereich „%1“ fehlt die Seite</translation>
    </message>
    <message>
        <source>region &apos;%1&apos; does not match its muscle, side or name</source>
        <translation>der Bereich „%1“ passt nicht zu seinem Muskel, seiner Seite oder seinem Namen</translation>
    </message>
    <message>
        <source>region &apos;%1&apos; has a malformed shape or label point</source>
        <translation>der Bereich „%1“ hat eine fehlerhafte Form oder einen fehlerhaften Beschriftungspunkt</translation>
    </message>
    <message>
        <source>the body atlas has no regions</source>
        <translation>der Körperatlas enthält keine Bereiche</translation>
    </message>
    <message>
        <source>the body atlas hands &apos;%1&apos; over to &apos;%2&apos;: the second must be a muscle of the atlas, the first another well-formed muscle name</source>
        <translation>der Körperatlas übergibt „%1“ an „%2“: Der zweite Name muss ein Muskel des Atlas sein, der erste ein anderer, korrekt gebildeter Muskelname</translation>
    </message>
    <message>
        <source>the body atlas has a malformed guide line</source>
        <translation>der Körperatlas enthält eine fehlerhafte Hilfslinie</translation>
    </message>
    <message>
        <source>there is no &apos;%1&apos; view of the body: the views are &quot;back&quot; and &quot;front&quot;</source>
        <translation>es gibt keine Ansicht „%1“ des Körpers: Die Ansichten heißen &quot;back&quot; und &quot;front&quot;</translation>
    </message>
    <message>
        <source>the body atlas is missing from the program&apos;s resources</source>
        <translation>der Körperatlas fehlt in den Ressourcen des Programms</translation>
    </message>
    <message>
        <source>the %1 view in the program&apos;s resources says it is another view</source>
        <translation>die Ansicht „%1“ in den Ressourcen des Programms gibt sich als eine andere Ansicht aus</translation>
    </message>
</context>
<context>
    <name>BodyMap</name>
    <message>
        <source>LEFT</source>
        <translation>LINKS</translation>
    </message>
    <message>
        <source>RIGHT</source>
        <translation>RECHTS</translation>
    </message>
    <message>
        <source>Front view</source>
        <translation>Vorderansicht</translation>
    </message>
    <message>
        <source>Back view</source>
        <translation>Rückansicht</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Hold times for sustained pressure, from the trial protocols it tabulates: 30–60 s, up to 90 s by hand, firmer as tolerated. Pressure raised pain thresholds, but the change in reported pain was small and uncertain.</source>
        <translation>Haltezeiten für anhaltenden Druck, nach den Studienprotokollen, die die Übersichtsarbeit tabellarisch aufführt: 30–60 s, mit der Hand bis zu 90 s, fester, soweit verträglich. Der Druck erhöhte die Schmerzschwellen, die Veränderung der angegebenen Schmerzen war aber gering und unsicher.</translation>
    </message>
    <message>
        <source>In healthy adults, 90 s of still pressure on a calf trigger point with a foam roller raised its pain threshold; rolling did not. Why KnotMap prefers still ball pressure on a spot and treats rolling as general loosening.</source>
        <translation>Bei gesunden Erwachsenen erhöhten 90 s ruhender Druck mit einer Faszienrolle auf einen Triggerpunkt in der Wade dessen Schmerzschwelle; Rollen tat das nicht. Deshalb bevorzugt KnotMap an einer einzelnen Stelle ruhenden Druck mit dem Ball und versteht Rollen als allgemeine Lockerung.</translation>
    </message>
    <message>
        <source>Stretching: to mild tightness, 10–30 s holds (30–60 s for older adults), 2–4 repetitions, at least 2–3 days a week, daily best. Resistance work: 2–3 days a week, 8–12 repetitions.</source>
        <translation>Dehnung: bis zu einem leichten Spannungsgefühl, 10–30 s halten (30–60 s bei älteren Erwachsenen), 2–4 Wiederholungen, an mindestens 2–3 Tagen pro Woche, am besten täglich. Kräftigung gegen Widerstand: an 2–3 Tagen pro Woche, 8–12 Wiederholungen.</translation>
    </message>
    <message>
        <source>30 s stretches gained as much as 60 s, and once a day as much as three times a day: why the default stretch is 30 s, once a day.</source>
        <translation>Dehnungen von 30 s brachten so viel wie Dehnungen von 60 s, und einmal täglich so viel wie dreimal täglich: Deshalb dauert eine Dehnung standardmäßig 30 s, einmal am Tag.</translation>
    </message>
    <message>
        <source>Manual therapy, massage included, only as part of a package that includes exercise: why each routine pairs pressure with stretching and, where sensible, strengthening. Written for low back pain; KnotMap applies the same principle to the neck and shoulders.</source>
        <translation>Manuelle Therapie, Massage eingeschlossen, nur als Teil eines Gesamtpakets, zu dem Bewegungsübungen gehören: Deshalb verbindet jedes Übungsprogramm Druck mit Dehnung und, wo sinnvoll, mit Kräftigung. Die Empfehlung gilt für Kreuzschmerzen; KnotMap wendet denselben Grundsatz auf Nacken und Schultern an.</translation>
    </message>
    <message>
        <source>Moderate evidence from a few trials that heat wraps give a small, short-term easing of acute and subacute low back pain. KnotMap offers warmth as comfort care; its 10–20 minute sessions are ordinary practice, not from this review.</source>
        <translation>Evidenz mittlerer Qualität aus einigen wenigen Studien, dass Wärmeumschläge akute und subakute Kreuzschmerzen kurzfristig etwas lindern. KnotMap bietet Wärme als wohltuende Maßnahme für das Wohlbefinden an; die Anwendungen von 10–20 Minuten entsprechen der üblichen Praxis und stammen nicht aus dieser Übersichtsarbeit.</translation>
    </message>
    <message>
        <source>Sustained finger pressure</source>
        <translation>Anhaltender Fingerdruck</translation>
    </message>
    <message>
        <source>Find the tender spot with your fingertips or thumb and press in slowly until you feel a strong but bearable ache. Hold still and breathe slowly, pressing a little deeper only as the tenderness eases. Let go when the spot softens or the time is up.</source>
        <translation>Suchen Sie die empfindliche Stelle mit den Fingerspitzen oder dem Daumen und drücken Sie langsam hinein, bis Sie einen deutlichen, aber erträglichen Druckschmerz spüren. Halten Sie den Druck ruhig und atmen Sie langsam; drücken Sie erst dann etwas tiefer, wenn die Empfindlichkeit nachlässt. Lassen Sie los, wenn die Stelle weicher wird oder die Zeit um ist.</translation>
    </message>
    <message>
        <source>Some tenderness for up to a day after pressure work is common and fades by itself; stop if the pain turns sharp, spreads or keeps growing.</source>
        <translation>Eine gewisse Empfindlichkeit bis zu einem Tag nach einer Druckbehandlung ist häufig und klingt von selbst ab; hören Sie damit auf, wenn der Schmerz stechend wird, sich ausbreitet oder immer stärker wird.</translation>
    </message>
    <message>
        <source>Never press on the spine or on bone: keep to the soft muscle beside them.</source>
        <translation>Drücken Sie nie auf die Wirbelsäule oder auf Knochen: Bleiben Sie auf dem weichen Muskel daneben.</translation>
    </message>
    <message>
        <source>Stop at once if pain shoots, spreads, or brings numbness or tingling.</source>
        <translation>Hören Sie sofort auf, wenn der Schmerz einschießt, sich ausbreitet oder Taubheit oder Kribbeln auslöst.</translation>
    </message>
    <message>
        <source>Press only as firmly as you can still breathe and relax through.</source>
        <translation>Drücken Sie nur so fest, dass Sie dabei noch ruhig atmen und locker lassen können.</translation>
    </message>
    <message>
        <source>Feeling sore for about a day after firm work is common (practice reports); it should then fade.</source>
        <translation>Ein Wundgefühl wie Muskelkater für etwa einen Tag nach kräftiger Druckbehandlung ist häufig (Berichte aus der Praxis); danach sollte es abklingen.</translation>
    </message>
    <message>
        <source>Keep off the front and sides of the neck, and off bruises, swelling, broken skin and varicose veins.</source>
        <translation>Meiden Sie die Vorderseite und die Seiten des Halses sowie blaue Flecken, Schwellungen, verletzte Haut und Krampfadern.</translation>
    </message>
    <message>
        <source>Go gently if you take blood thinners or bruise easily.</source>
        <translation>Gehen Sie behutsam vor, wenn Sie blutverdünnende Medikamente nehmen oder leicht blaue Flecken bekommen.</translation>
    </message>
    <message>
        <source>Light finger pressure</source>
        <translation>Leichter Fingerdruck</translation>
    </message>
    <message>
        <source>Rest your fingertips on the tender spot and press lightly, just enough to feel it without the pain growing. Stay relaxed and breathe slowly. This softer version suits days when the pain is high.</source>
        <translation>Legen Sie die Fingerspitzen auf die empfindliche Stelle und drücken Sie leicht, gerade so fest, dass Sie die Stelle spüren, ohne dass der Schmerz zunimmt. Bleiben Sie entspannt und atmen Sie langsam. Diese sanftere Variante eignet sich für Tage mit starken Schmerzen.</translation>
    </message>
    <message>
        <source>If even light pressure makes the pain worse, leave it for today and try warmth or a gentle stretch instead.</source>
        <translation>Wenn schon leichter Druck den Schmerz verstärkt, lassen Sie es für heute und versuchen Sie stattdessen Wärme oder eine sanfte Dehnung.</translation>
    </message>
    <message>
        <source>Some soreness for about a day after pressure is common, more so after firm work (practice reports).</source>
        <translation>Ein leichtes Wundgefühl für etwa einen Tag nach einer Druckbehandlung ist häufig, besonders nach kräftigem Druck (Berichte aus der Praxis).</translation>
    </message>
    <message>
        <source>Keep off the front and sides of the neck, and off bruises, swelling and broken skin.</source>
        <translation>Meiden Sie die Vorderseite und die Seiten des Halses sowie blaue Flecken, Schwellungen und verletzte Haut.</translation>
    </message>
    <message>
        <source>Ball pressure against a wall or floor</source>
        <translation>Balldruck an der Wand oder auf dem Boden</translation>
    </message>
    <message>
        <source>Place a tennis ball or similar firm ball between the tender spot and a wall or the floor. Lean or lie into it slowly until you feel a strong but bearable ache, then stay still and breathe. A softer ball, or a wall instead of the floor, makes it gentler.</source>
        <translation>Legen Sie einen Tennisball oder einen ähnlich festen Ball zwischen die empfindliche Stelle und eine Wand oder den Boden. Lehnen Sie sich langsam dagegen oder legen Sie sich langsam darauf, bis Sie einen deutlichen, aber erträglichen Druckschmerz spüren; bleiben Sie dann ruhig so und atmen Sie weiter. Mit einem weicheren Ball oder an der Wand statt auf dem Boden wird die Übung sanfter.</translation>
    </message>
    <message>
        <source>Come off the ball slowly; do not bounce on it.</source>
        <translation>Lösen Sie sich langsam vom Ball; wippen oder federn Sie nicht darauf.</translation>
    </message>
    <message>
        <source>Keep the ball off the front and sides of the neck, and off bruises, swelling and broken skin.</source>
        <translation>Halten Sie den Ball von der Vorderseite und den Seiten des Halses fern, ebenso von blauen Flecken, Schwellungen und verletzter Haut.</translation>
    </message>
    <message>
        <source>Go gently if you take blood thinners, bruise easily or have thin bones (osteoporosis).</source>
        <translation>Gehen Sie behutsam vor, wenn Sie blutverdünnende Medikamente nehmen, leicht blaue Flecken bekommen oder Knochenschwund (Osteoporose) haben.</translation>
    </message>
    <message>
        <source>Foam roller rolling</source>
        <translation>Rollen mit der Faszienrolle</translation>
    </message>
    <message>
        <source>Rest the area on a foam roller and use your hands and feet to roll slowly along the muscle, taking some weight on them to keep the pressure bearable. Roll each area for 1–2 minutes in all, and where you find a tender spot, stop on it for 30–45 s. Rolling loosens a broad area; for a single sore spot, still pressure with a ball tends to help more.</source>
        <translation>Legen Sie sich mit dem Bereich auf eine Faszienrolle und rollen Sie mit Hilfe von Händen und Füßen langsam den Muskel entlang; stützen Sie dabei einen Teil Ihres Gewichts mit ihnen ab, damit der Druck erträglich bleibt. Rollen Sie jeden Bereich insgesamt 1–2 Minuten, und wenn Sie auf eine empfindliche Stelle stoßen, bleiben Sie 30–45 s darauf. Rollen lockert einen größeren Bereich; bei einer einzelnen schmerzenden Stelle hilft ruhender Druck mit einem Ball oft mehr.</translation>
    </message>
    <message>
        <source>Never roll over the lower back&apos;s spine; use a ball on the muscle beside it instead.</source>
        <translation>Rollen Sie nie über die Wirbelsäule im unteren Rücken; arbeiten Sie stattdessen mit einem Ball am Muskel daneben.</translation>
    </message>
    <message>
        <source>Keep off the back of the knee, and off bruises, swelling, broken skin and varicose veins.</source>
        <translation>Meiden Sie die Kniekehle sowie blaue Flecken, Schwellungen, verletzte Haut und Krampfadern.</translation>
    </message>
    <message>
        <source>Gentle stretch</source>
        <translation>Sanfte Dehnung</translation>
    </message>
    <message>
        <source>Move slowly into the position until you feel mild tightness, not pain, then hold still and breathe out. Stretch on at least 2–3 days a week; daily is best. From 65, holds of 30–60 s may suit you better; KnotMap suggests 60 s when you give your year of birth.</source>
        <translation>Gehen Sie langsam in die Position, bis Sie ein leichtes Spannungsgefühl spüren, aber keinen Schmerz; halten Sie dann still und atmen Sie aus. Dehnen Sie an mindestens 2–3 Tagen pro Woche, am besten täglich. Ab 65 Jahren passen Haltezeiten von 30–60 s vielleicht besser zu Ihnen; KnotMap schlägt 60 s vor, wenn Sie Ihr Geburtsjahr angeben.</translation>
    </message>
    <message>
        <source>Stretch to mild tightness only, and never bounce.</source>
        <translation>Dehnen Sie nur bis zu einem leichten Spannungsgefühl und wippen Sie nie.</translation>
    </message>
    <message>
        <source>Stop if you feel tingling, numbness, or pain that shoots or spreads.</source>
        <translation>Hören Sie auf, wenn Sie Kribbeln, Taubheit oder einschießende oder sich ausbreitende Schmerzen spüren.</translation>
    </message>
    <message>
        <source>With neck stretches, move slowly and stop if you feel dizzy or your vision changes.</source>
        <translation>Bewegen Sie sich bei Dehnungen des Nackens langsam und hören Sie auf, wenn Ihnen schwindlig wird oder Sehstörungen auftreten.</translation>
    </message>
    <message>
        <source>Slow strengthening holds</source>
        <translation>Langsame Halteübungen zur Kräftigung</translation>
    </message>
    <message>
        <source>Move slowly into the position, hold it steadily while breathing normally, then relax. Do these on 2–3 days a week, with a rest day between. They should feel like effort, not pain; when they feel easy, hold a little longer.</source>
        <translation>Gehen Sie langsam in die Position, halten Sie sie ruhig, während Sie normal weiteratmen, und entspannen Sie dann. Üben Sie an 2–3 Tagen pro Woche, mit einem Ruhetag dazwischen. Die Übungen sollen sich anstrengend anfühlen, aber nicht schmerzhaft; wenn sie Ihnen leichtfallen, halten Sie etwas länger.</translation>
    </message>
    <message>
        <source>Keep breathing; do not hold your breath.</source>
        <translation>Atmen Sie weiter; halten Sie nicht die Luft an.</translation>
    </message>
    <message>
        <source>Stop if the exercise brings sharp pain, or pain that shoots or spreads.</source>
        <translation>Hören Sie auf, wenn die Übung stechende, einschießende oder sich ausbreitende Schmerzen auslöst.</translation>
    </message>
    <message>
        <source>Start with fewer repetitions if you are new to exercise or the area is very sore.</source>
        <translation>Beginnen Sie mit weniger Wiederholungen, wenn Sie mit Bewegungsübungen noch wenig Erfahrung haben oder der Bereich sehr schmerzt.</translation>
    </message>
    <message>
        <source>Some tiredness in the muscle the next day is normal; sharp or lasting pain is not.</source>
        <translation>Eine gewisse Müdigkeit im Muskel am nächsten Tag ist normal, stechende oder anhaltende Schmerzen sind es nicht.</translation>
    </message>
    <message>
        <source>Warmth</source>
        <translation>Wärme</translation>
    </message>
    <message>
        <source>Lay a warm, never hot, pack or a hot-water bottle wrapped in a towel over the area, or let a warm shower run over it. Sit or lie comfortably and let the muscles soften. Warmth is comfort care: it can ease pain for a while and is a good start before stretching.</source>
        <translation>Legen Sie ein warmes, nie heißes Wärmekissen oder eine Wärmflasche, in ein Handtuch gewickelt, auf den Bereich, oder lassen Sie eine warme Dusche darüberlaufen. Sitzen oder liegen Sie bequem und lassen Sie die Muskeln weich werden. Wärme dient vor allem dem Wohlbefinden: Sie kann Schmerzen eine Zeit lang lindern und ist ein guter Einstieg vor dem Dehnen.</translation>
    </message>
    <message>
        <source>Use warm, not hot: wrap packs and bottles in a cloth and check your skin every few minutes.</source>
        <translation>Warm, nicht heiß: Wickeln Sie Wärmekissen und Wärmflaschen in ein Tuch und prüfen Sie alle paar Minuten Ihre Haut.</translation>
    </message>
    <message>
        <source>Do not use heat on skin that feels numb, on broken skin, or on a fresh, swollen injury.</source>
        <translation>Verwenden Sie keine Wärme auf Haut, die sich taub anfühlt, auf verletzter Haut oder bei einer frischen, geschwollenen Verletzung.</translation>
    </message>
    <message>
        <source>Never fall asleep on or under a heat pack or hot-water bottle.</source>
        <translation>Schlafen Sie nie auf oder unter einem Wärmekissen oder einer Wärmflasche ein.</translation>
    </message>
    <message>
        <source>Take extra care if you have diabetes or poor circulation, and follow the pack&apos;s heating instructions.</source>
        <translation>Seien Sie besonders vorsichtig, wenn Sie Diabetes oder Durchblutungsstörungen haben, und beachten Sie die Anleitung zum Erwärmen des Wärmekissens.</translation>
    </message>
    <message>
        <source>Stop if your skin stings or turns blotchy red or pale.</source>
        <translation>Hören Sie auf, wenn Ihre Haut brennt oder fleckig rot oder blass wird.</translation>
    </message>
    <message>
        <source>Sit with your elbows on a table and rest your fingertips on the sore spot on the back of your head. Do not press in: there is bone just under the thin scalp. Instead move the scalp gently over the bone in small, slow circles.</source>
        <translation>Setzen Sie sich an einen Tisch, stützen Sie die Ellbogen auf und legen Sie die Fingerspitzen auf die schmerzende Stelle am Hinterkopf. Drücken Sie nicht hinein: Direkt unter der dünnen Kopfhaut liegt Knochen. Verschieben Sie stattdessen die Kopfhaut sanft in kleinen, langsamen Kreisen über dem Knochen.</translation>
    </message>
    <message>
        <source>There is no muscle to stretch here. Pain at the top and back of the head is often felt from the muscles at the back of the neck, so ease those: sit tall, tuck your chin in slightly and let your head bow forward until you feel a mild pull at the back of your neck.</source>
        <translation>Hier gibt es keinen Muskel, den man dehnen kann. Schmerzen oben und hinten am Kopf gehen oft von den Muskeln im Nacken aus; lockern Sie daher diese: Setzen Sie sich aufrecht hin, ziehen Sie das Kinn leicht zurück und lassen Sie den Kopf nach vorn sinken, bis Sie ein leichtes Ziehen im Nacken spüren.</translation>
    </message>
    <message>
        <source>Hold a warm, wrung-out flannel or a wrapped warm pack against the back of your head and neck while you sit back with your head supported and let your jaw and shoulders relax.</source>
        <translation>Halten Sie einen warmen, ausgewrungenen Waschlappen oder ein eingewickeltes Wärmekissen an Hinterkopf und Nacken, während Sie sich mit gestütztem Kopf zurücklehnen und Kiefer und Schultern locker lassen.</translation>
    </message>
    <message>
        <source>Lie on your back with a pillow under your head. Rest your fingertips on the sore spot on the back of your head, above the bony ridge, and let only their own weight press in.</source>
        <translation>Legen Sie sich auf den Rücken, ein Kissen unter dem Kopf. Legen Sie die Fingerspitzen auf die schmerzende Stelle am Hinterkopf, oberhalb der Knochenkante, und lassen Sie nur das Eigengewicht der Finger drücken.</translation>
    </message>
    <message>
        <source>This thin scalp muscle has no true stretch, so ease the back of your neck instead: sit tall and nod your chin gently toward your chest, letting the back of your head lengthen, until you feel a mild pull.</source>
        <translation>Dieser dünne Muskel unter der Kopfhaut lässt sich nicht richtig dehnen; lockern Sie deshalb stattdessen Ihren Nacken: Setzen Sie sich aufrecht hin und führen Sie das Kinn mit einem sanften Nicken in Richtung Brust, sodass der Hinterkopf lang wird, bis Sie ein leichtes Ziehen spüren.</translation>
    </message>
    <message>
        <source>Hold a warm, wrung-out flannel or a wrapped warm pack against the back of your head and upper neck while you sit back and let your jaw and shoulders relax.</source>
        <translation>Halten Sie einen warmen, ausgewrungenen Waschlappen oder ein eingewickeltes Wärmekissen an Hinterkopf und oberen Nacken, während Sie sich zurücklehnen und Kiefer und Schultern locker lassen.</translation>
    </message>
    <message>
        <source>Lie on your back, knees bent. Curl your fingertips up under the bony ridge at the base of your skull, a finger&apos;s width either side of the middle, and let a little of your head&apos;s weight rest on them. Keep it soft; never dig in.</source>
        <translation>Legen Sie sich auf den Rücken und stellen Sie die Beine an. Legen Sie die Fingerspitzen leicht gekrümmt von unten an die Knochenkante an der Schädelbasis, jeweils eine Fingerbreite neben der Mitte, und lassen Sie ein wenig vom Gewicht Ihres Kopfes darauf ruhen. Bleiben Sie sanft; bohren Sie nie hinein.</translation>
    </message>
    <message>
        <source>Sit tall, looking straight ahead. Tuck your chin in slightly, then nod forward a little, as if saying a small yes, until you feel a mild pull just under the back of your skull.</source>
        <translation>Setzen Sie sich aufrecht hin und schauen Sie geradeaus. Ziehen Sie das Kinn leicht zurück und nicken Sie dann ein wenig nach vorn, wie bei einem angedeuteten „Ja“, bis Sie ein leichtes Ziehen direkt unterhalb des Hinterkopfs spüren.</translation>
    </message>
    <message>
        <source>Lie on your back, knees bent, head on a thin folded towel. Gently nod your chin in, making a small double chin without lifting your head, and hold. You should feel the deep front neck muscles working, not straining.</source>
        <translation>Legen Sie sich auf den Rücken, die Beine angestellt, den Kopf auf ein dünn gefaltetes Handtuch. Ziehen Sie das Kinn sanft ein, sodass ein kleines Doppelkinn entsteht, ohne den Kopf anzuheben, und halten Sie die Position. Sie sollten spüren, dass die tiefen Muskeln vorn am Hals arbeiten, ohne sich zu überanstrengen.</translation>
    </message>
    <message>
        <source>Lie back with a wrapped warm pack under the base of your skull and upper neck, with a pillow keeping your head in line with your body.</source>
        <translation>Legen Sie sich auf den Rücken, ein eingewickeltes Wärmekissen unter Schädelbasis und oberem Nacken; ein Kopfkissen hält Ihren Kopf dabei in einer Linie mit dem Körper.</translation>
    </message>
    <message>
        <source>Sit tall, tuck your chin slightly, then slowly bow your head forward and let its weight do the work. A hand may rest on the back of your head without pulling. Feel a mild stretch down the back of your neck.</source>
        <translation>Setzen Sie sich aufrecht hin, ziehen Sie das Kinn leicht zurück und lassen Sie dann den Kopf langsam nach vorn sinken, sodass sein Gewicht die Arbeit tut. Eine Hand darf auf dem Hinterkopf liegen, ohne zu ziehen. Sie sollten eine leichte Dehnung den Nacken entlang spüren.</translation>
    </message>
    <message>
        <source>Sit or stand with your back against a wall. Slide your chin straight back into a double chin, without tipping your head up or down, and hold while the back of your neck stays long.</source>
        <translation>Setzen oder stellen Sie sich mit dem Rücken an eine Wand. Schieben Sie das Kinn gerade nach hinten zu einem Doppelkinn, ohne den Kopf nach oben oder unten zu kippen, und halten Sie die Position, während der Nacken lang bleibt.</translation>
    </message>
    <message>
        <source>Drape a wrapped warm pack or a warm, wrung-out towel across the back of your neck, or let a warm shower run over it, keeping your shoulders relaxed.</source>
        <translation>Legen Sie ein eingewickeltes Wärmekissen oder ein warmes, ausgewrungenes Handtuch über den Nacken oder lassen Sie eine warme Dusche darüberlaufen; halten Sie dabei die Schultern locker.</translation>
    </message>
    <message>
        <source>Sit with your elbow propped on a table. With your fingertips, find the tender spot two fingers&apos; width out from the spine, just below the skull at about the height of your earlobe. Press in steadily, keeping to the back of the neck, never its side.</source>
        <translation>Setzen Sie sich und stützen Sie den Ellbogen auf einen Tisch. Suchen Sie mit den Fingerspitzen die empfindliche Stelle zwei Fingerbreit neben der Wirbelsäule, knapp unterhalb des Schädels, etwa auf Höhe Ihres Ohrläppchens. Drücken Sie gleichmäßig hinein; bleiben Sie dabei hinten am Nacken, nie an der Seite des Halses.</translation>
    </message>
    <message>
        <source>Lie on your back with a pillow under your head. Rest your fingertips on the sore spot at the back of your neck, two fingers&apos; width out from the spine, and press only lightly.</source>
        <translation>Legen Sie sich auf den Rücken, ein Kissen unter dem Kopf. Legen Sie die Fingerspitzen auf die schmerzende Stelle im Nacken, zwei Fingerbreit neben der Wirbelsäule, und drücken Sie nur leicht.</translation>
    </message>
    <message>
        <source>Sit tall. Turn your head partway toward the opposite side, then lower your chin toward your chest until you feel a mild pull at the back of the neck on the sore side. Keep your shoulders down.</source>
        <translation>Setzen Sie sich aufrecht hin. Drehen Sie den Kopf ein Stück zur Gegenseite und senken Sie dann das Kinn in Richtung Brust, bis Sie auf der schmerzenden Seite ein leichtes Ziehen hinten im Nacken spüren. Lassen Sie die Schultern unten.</translation>
    </message>
    <message>
        <source>Sit tall with your shoulders relaxed. Slide your chin straight back into a small double chin, eyes level, and hold. This trains the deep muscles at the front of the neck, which may take some load off the muscles at the back.</source>
        <translation>Setzen Sie sich aufrecht hin, die Schultern locker. Schieben Sie das Kinn gerade nach hinten zu einem kleinen Doppelkinn, den Blick geradeaus, und halten Sie die Position. Das trainiert die tiefen Muskeln vorn am Hals, was die Muskeln im Nacken etwas entlasten kann.</translation>
    </message>
    <message>
        <source>Lay a wrapped warm pack across the back of your neck, from the base of your skull to your shoulders, while you sit back with your head supported.</source>
        <translation>Legen Sie ein eingewickeltes Wärmekissen quer über den Nacken, von der Schädelbasis bis zu den Schultern, während Sie sich mit gestütztem Kopf zurücklehnen.</translation>
    </message>
    <message>
        <source>Stand with your back to a wall. Place the ball just above the top inner corner of your shoulder blade, where neck meets shoulder, off the bone. Bend your knees slightly to set it, then lean back into it.</source>
        <translation>Stellen Sie sich mit dem Rücken an eine Wand. Legen Sie den Ball knapp oberhalb der oberen inneren Ecke Ihres Schulterblatts zwischen Rücken und Wand, dort, wo Nacken und Schulter zusammentreffen, nicht auf den Knochen. Beugen Sie leicht die Knie, um ihn an die richtige Stelle zu bringen, und lehnen Sie sich dann dagegen.</translation>
    </message>
    <message>
        <source>Reach your other hand across your chest to the sore side. Hook your fingertips over the top of the shoulder where it meets the neck, find the tender spot, and press down and in toward the shoulder blade&apos;s upper corner.</source>
        <translation>Führen Sie die andere Hand vor der Brust zur schmerzenden Seite. Haken Sie die Fingerspitzen oben über die Schulter, wo sie in den Nacken übergeht, suchen Sie die empfindliche Stelle und drücken Sie nach unten und innen in Richtung der oberen Ecke des Schulterblatts.</translation>
    </message>
    <message>
        <source>Sit with your sore-side arm supported on a cushion. Reach across with the other hand and rest your fingertips on the sore spot at the angle of neck and shoulder, pressing only lightly.</source>
        <translation>Setzen Sie sich und legen Sie den Arm der schmerzenden Seite auf einem Kissen ab. Greifen Sie mit der anderen Hand hinüber, legen Sie die Fingerspitzen auf die schmerzende Stelle im Winkel zwischen Nacken und Schulter und drücken Sie nur leicht.</translation>
    </message>
    <message>
        <source>Sit and hold the chair seat with your sore-side hand. Turn your nose toward the opposite armpit, then let your chin drop gently until you feel a mild pull from the back of the neck to the shoulder blade.</source>
        <translation>Setzen Sie sich und halten Sie sich mit der Hand der schmerzenden Seite an der Sitzfläche des Stuhls fest. Drehen Sie die Nase zur gegenüberliegenden Achsel und lassen Sie dann das Kinn sanft sinken, bis Sie ein leichtes Ziehen vom Nacken bis zum Schulterblatt spüren.</translation>
    </message>
    <message>
        <source>Sit tall. Gently draw your shoulder blades back and down, as if sliding them into your back pockets, without shrugging or arching your back. Hold while your neck stays relaxed.</source>
        <translation>Setzen Sie sich aufrecht hin. Ziehen Sie die Schulterblätter sanft nach hinten unten, als wollten Sie sie in Ihre Gesäßtaschen schieben, ohne die Schultern hochzuziehen oder ins Hohlkreuz zu gehen. Halten Sie die Position, während Ihr Nacken entspannt bleibt.</translation>
    </message>
    <message>
        <source>Lay a wrapped warm pack over the angle where your neck meets your shoulder on the sore side, while you sit with your arms supported.</source>
        <translation>Legen Sie ein eingewickeltes Wärmekissen auf der schmerzenden Seite in den Winkel zwischen Nacken und Schulter, während Sie mit abgestützten Armen sitzen.</translation>
    </message>
    <message>
        <source>Reach across with the opposite hand and take the ridge of muscle between your neck and shoulder tip between thumb and fingers. Find the tender spot, about halfway along, and squeeze steadily, like a slow pinch.</source>
        <translation>Greifen Sie mit der gegenüberliegenden Hand hinüber und nehmen Sie den Muskelstrang zwischen Nacken und Schulterspitze zwischen Daumen und Finger. Suchen Sie die empfindliche Stelle, etwa auf halber Strecke, und drücken Sie den Muskel dort langsam und gleichmäßig zusammen.</translation>
    </message>
    <message>
        <source>Lie on your back, knees bent. Place the ball under the ridge between your neck and shoulder tip, about halfway along, on the muscle just behind the top of the shoulder, and let your weight settle onto it.</source>
        <translation>Legen Sie sich auf den Rücken und stellen Sie die Beine an. Legen Sie den Ball unter den Muskelstrang zwischen Nacken und Schulterspitze, etwa auf halber Strecke, auf den Muskel direkt hinter der Schulteroberseite, und lassen Sie Ihr Gewicht langsam darauf sinken.</translation>
    </message>
    <message>
        <source>Sit with your forearms resting on a table. Reach across with the other hand and rest your fingertips on the tender spot midway along the ridge between neck and shoulder, pressing gently down.</source>
        <translation>Setzen Sie sich und legen Sie die Unterarme auf einem Tisch ab. Greifen Sie mit der anderen Hand hinüber und legen Sie die Fingerspitzen auf die druckempfindliche Stelle in der Mitte des Muskelwulstes zwischen Nacken und Schulter. Drücken Sie sanft nach unten.</translation>
    </message>
    <message>
        <source>Sit and hold the side of the chair seat with your sore-side hand. Tip your ear toward the opposite shoulder, then nod slightly down, until you feel a mild pull along the top of the shoulder and side of the neck.</source>
        <translation>Setzen Sie sich und halten Sie sich mit der Hand der betroffenen Seite seitlich an der Sitzfläche des Stuhls fest. Neigen Sie das Ohr zur gegenüberliegenden Schulter und nicken Sie dann leicht nach unten, bis Sie ein leichtes Ziehen oben auf der Schulter und seitlich am Hals spüren.</translation>
    </message>
    <message>
        <source>Sit tall with your arms relaxed. Gently draw your shoulder blades down and slightly together, widening the space between ears and shoulders, and hold. This trains the lower shoulder-blade muscles to share the load.</source>
        <translation>Setzen Sie sich aufrecht hin und lassen Sie die Arme locker. Ziehen Sie die Schulterblätter sanft nach unten und leicht zusammen, sodass der Abstand zwischen Ohren und Schultern größer wird, und halten Sie diese Position. So trainieren Sie die unteren Schulterblattmuskeln, damit sie die Last mittragen.</translation>
    </message>
    <message>
        <source>Drape a wrapped warm pack over the ridge between your neck and shoulder tip while you sit back with your arms supported.</source>
        <translation>Legen Sie ein in ein Tuch gewickeltes Wärmekissen über den Muskelwulst zwischen Nacken und Schulterspitze. Lehnen Sie sich dabei im Sitzen zurück und stützen Sie die Arme ab.</translation>
    </message>
    <message>
        <source>Reach across your chest with the opposite hand. Rest your fingertips in the hollow just above the bony ridge that crosses the top of your shoulder blade, find the tender spot, and press straight down into the muscle, not onto the ridge.</source>
        <translation>Greifen Sie mit der Hand der Gegenseite vor der Brust hinüber. Legen Sie die Fingerspitzen in die Mulde direkt oberhalb der Knochenkante, die quer über den oberen Teil des Schulterblatts verläuft (Schulterblattgräte). Suchen Sie die druckempfindliche Stelle und drücken Sie senkrecht nach unten in den Muskel, nicht auf die Knochenkante.</translation>
    </message>
    <message>
        <source>Sit with your sore-side forearm resting on a table. Reach across with the other hand and press lightly into the hollow just above the bony ridge of your shoulder blade.</source>
        <translation>Setzen Sie sich und legen Sie den Unterarm der betroffenen Seite auf einem Tisch ab. Greifen Sie mit der anderen Hand hinüber und drücken Sie leicht in die Mulde direkt oberhalb der Knochenkante Ihres Schulterblatts (Schulterblattgräte).</translation>
    </message>
    <message>
        <source>Stand and place the back of your sore-side hand against your lower back. With your other hand, hold that wrist and ease it gently toward the opposite hip until you feel a mild pull over the top of the shoulder.</source>
        <translation>Stellen Sie sich hin und legen Sie den Handrücken der betroffenen Seite an den unteren Rücken. Fassen Sie mit der anderen Hand dieses Handgelenk und ziehen Sie es behutsam in Richtung der gegenüberliegenden Hüfte, bis Sie ein leichtes Ziehen oben über der Schulter spüren.</translation>
    </message>
    <message>
        <source>Stand with your arms by your sides, thumbs up. Raise both arms slowly forward and slightly out to just below shoulder height, and hold, then lower slowly. Keep your shoulders down and stop short of any pinching.</source>
        <translation>Stellen Sie sich hin, die Arme hängen seitlich am Körper, die Daumen zeigen nach oben. Heben Sie beide Arme langsam nach vorn und leicht zur Seite bis knapp unter Schulterhöhe, halten Sie die Position und senken Sie die Arme dann langsam wieder ab. Lassen Sie die Schultern unten und hören Sie auf, bevor es in der Schulter zwickt oder klemmt.</translation>
    </message>
    <message>
        <source>Lay a wrapped warm pack over the top of your shoulder blade, above the bony ridge, while you sit with your arm supported on a cushion.</source>
        <translation>Legen Sie ein in ein Tuch gewickeltes Wärmekissen oben auf das Schulterblatt, oberhalb der Knochenkante (Schulterblattgräte). Setzen Sie sich dabei hin und stützen Sie den Arm auf einem Kissen ab.</translation>
    </message>
    <message>
        <source>Stand with the back of your shoulder to a wall and place the ball on the fleshy back of the shoulder, below the bony tip. Lean in gently and let your arm hang loose.</source>
        <translation>Stellen Sie sich mit der Rückseite der Schulter an eine Wand und platzieren Sie den Massageball auf dem weichen Muskel hinten an der Schulter, unterhalb der knöchernen Schulterspitze. Lehnen Sie sich sanft dagegen und lassen Sie den Arm locker hängen.</translation>
    </message>
    <message>
        <source>Rest your sore arm on your lap. Reach across with the other hand and press your fingertips into the fleshy back of the shoulder, below the bony tip, where it feels tender.</source>
        <translation>Legen Sie den betroffenen Arm auf dem Schoß ab. Greifen Sie mit der anderen Hand hinüber und drücken Sie die Fingerspitzen in den weichen Muskel hinten an der Schulter, unterhalb der knöchernen Schulterspitze, dort, wo er druckempfindlich ist.</translation>
    </message>
    <message>
        <source>Sit with your sore arm resting on a cushion. Reach across and rest your fingertips on the tender spot at the back of the shoulder, pressing lightly.</source>
        <translation>Setzen Sie sich und legen Sie den betroffenen Arm auf einem Kissen ab. Greifen Sie mit der anderen Hand hinüber, legen Sie die Fingerspitzen auf die druckempfindliche Stelle hinten an der Schulter und drücken Sie leicht.</translation>
    </message>
    <message>
        <source>Bring your sore arm across your chest at shoulder height. With your other forearm, draw it gently closer at the elbow until you feel a mild stretch at the back of the shoulder. Keep the shoulder down.</source>
        <translation>Führen Sie den betroffenen Arm auf Schulterhöhe vor der Brust zur anderen Seite. Ziehen Sie ihn mit dem anderen Unterarm am Ellbogen sanft näher heran, bis Sie eine leichte Dehnung hinten an der Schulter spüren. Lassen Sie die Schulter dabei unten.</translation>
    </message>
    <message>
        <source>Stand tall with your arms straight out in front at chest height, thumbs up. Move them out to the sides and a little back, squeezing at the back of the shoulders, and hold. Return slowly.</source>
        <translation>Stellen Sie sich aufrecht hin und strecken Sie die Arme auf Brusthöhe nach vorn, die Daumen zeigen nach oben. Führen Sie die Arme zur Seite und ein wenig nach hinten, spannen Sie dabei hinten an den Schultern an und halten Sie die Position. Kehren Sie langsam in die Ausgangsstellung zurück.</translation>
    </message>
    <message>
        <source>Sit with your sore forearm resting on a table. With the thumb and fingers of your other hand, find the tender spot at the back of the upper arm and press in steadily, or squeeze it gently.</source>
        <translation>Setzen Sie sich und legen Sie den Unterarm der betroffenen Seite auf einem Tisch ab. Suchen Sie mit Daumen und Fingern der anderen Hand die druckempfindliche Stelle hinten am Oberarm und drücken Sie gleichmäßig hinein, oder nehmen Sie sie sanft zwischen Daumen und Finger.</translation>
    </message>
    <message>
        <source>Rest your sore arm on a table or cushion. With the fingertips of your other hand, press lightly on the tender spot at the back of the upper arm.</source>
        <translation>Legen Sie den betroffenen Arm auf einem Tisch oder Kissen ab. Drücken Sie mit den Fingerspitzen der anderen Hand leicht auf die druckempfindliche Stelle hinten am Oberarm.</translation>
    </message>
    <message>
        <source>Raise your sore arm and bend the elbow so your hand drops behind your head. With your other hand, ease the elbow gently back until you feel a mild stretch along the back of the upper arm.</source>
        <translation>Heben Sie den betroffenen Arm und beugen Sie den Ellbogen, sodass die Hand hinter den Kopf sinkt. Schieben Sie den Ellbogen mit der anderen Hand behutsam nach hinten, bis Sie eine leichte Dehnung an der Rückseite des Oberarms spüren.</translation>
    </message>
    <message>
        <source>Stand an arm&apos;s length from a wall with your hands on it at shoulder height. Bend your elbows, keeping them close to your sides, lean in partway and hold, then push back slowly. Stand closer to make it easier.</source>
        <translation>Stellen Sie sich eine Armlänge von einer Wand entfernt hin und legen Sie die Hände auf Schulterhöhe an die Wand. Beugen Sie die Ellbogen und halten Sie sie dabei nah am Körper. Lehnen Sie sich ein Stück zur Wand, halten Sie die Position und drücken Sie sich dann langsam zurück. Wenn Sie näher an der Wand stehen, wird die Übung leichter.</translation>
    </message>
    <message>
        <source>Stand with your back to a wall, the ball on the flat of your shoulder blade just below its bony ridge, and lean back into it. Reaching your arm across your chest can bring the sore spot onto the ball.</source>
        <translation>Stellen Sie sich mit dem Rücken an eine Wand, den Massageball auf der flachen Seite des Schulterblatts direkt unterhalb der Knochenkante (Schulterblattgräte), und lehnen Sie sich nach hinten dagegen. Wenn Sie den Arm vor der Brust zur anderen Seite führen, kann die schmerzende Stelle auf den Ball gelangen.</translation>
    </message>
    <message>
        <source>Reach your other hand over the top of your shoulder and rest your fingertips on the flat of the shoulder blade, just below the bony ridge, pressing lightly. If you cannot reach, lean very gently on the ball instead.</source>
        <translation>Greifen Sie mit der anderen Hand über die Schulter und legen Sie die Fingerspitzen auf die flache Seite des Schulterblatts, direkt unterhalb der Knochenkante. Drücken Sie leicht. Wenn Sie die Stelle nicht erreichen, lehnen Sie sich stattdessen ganz sanft gegen den Massageball.</translation>
    </message>
    <message>
        <source>Place the back of your sore-side hand on your lower back. With your other hand, ease that elbow gently forward until you feel a mild stretch at the back of the shoulder.</source>
        <translation>Legen Sie den Handrücken der betroffenen Seite an den unteren Rücken. Schieben Sie diesen Ellbogen mit der anderen Hand behutsam nach vorn, bis Sie eine leichte Dehnung hinten an der Schulter spüren.</translation>
    </message>
    <message>
        <source>Stand with your sore-side elbow bent to a right angle and tucked against your waist, a rolled towel between them. Turn your forearm slowly outward, keeping the elbow in, and hold. Return slowly.</source>
        <translation>Stellen Sie sich hin, beugen Sie den Ellbogen der betroffenen Seite im rechten Winkel und legen Sie ihn seitlich an die Taille an, mit einem zusammengerollten Handtuch dazwischen. Drehen Sie den Unterarm langsam nach außen, der Ellbogen bleibt dabei am Körper, und halten Sie die Position. Kehren Sie langsam zurück.</translation>
    </message>
    <message>
        <source>Sit back against a pillow with a wrapped warm pack behind your shoulder blade, or lie on your good side with it over the back of the shoulder.</source>
        <translation>Lehnen Sie sich im Sitzen an ein Kissen zurück, mit einem in ein Tuch gewickelten Wärmekissen hinter dem Schulterblatt. Oder legen Sie sich auf die gesunde Seite und legen Sie das Wärmekissen hinten auf die Schulter.</translation>
    </message>
    <message>
        <source>Stand with your back slightly turned to a wall. Place the ball high on the outer edge of your shoulder blade, near the back of the armpit, on the muscle beside the bone. Lean in gently.</source>
        <translation>Stellen Sie sich schräg mit dem Rücken zur Wand. Platzieren Sie den Massageball weit oben am äußeren Rand des Schulterblatts, nahe der Rückseite der Achsel, auf dem Muskel neben dem Knochen. Lehnen Sie sich sanft dagegen.</translation>
    </message>
    <message>
        <source>Reach your other hand under your sore-side armpit to the back. Find the tender band of muscle along the upper outer edge of your shoulder blade and press into it with your fingertips, not onto the bone.</source>
        <translation>Greifen Sie mit der anderen Hand unter der Achsel der betroffenen Seite hindurch nach hinten. Suchen Sie den druckempfindlichen Muskelstrang am oberen äußeren Rand des Schulterblatts und drücken Sie mit den Fingerspitzen hinein, nicht auf den Knochen.</translation>
    </message>
    <message>
        <source>Rest your sore arm on a cushion. Reach under the armpit with your other hand and press lightly into the muscle along the upper outer edge of your shoulder blade.</source>
        <translation>Legen Sie den betroffenen Arm auf einem Kissen ab. Greifen Sie mit der anderen Hand unter die Achsel und drücken Sie leicht in den Muskel am oberen äußeren Rand des Schulterblatts.</translation>
    </message>
    <message>
        <source>Reach your sore arm across your chest and rest the hand on the opposite shoulder. With your other hand, lift that elbow gently up and across until you feel a mild stretch at the back of the armpit.</source>
        <translation>Führen Sie den betroffenen Arm vor der Brust zur anderen Seite und legen Sie die Hand auf die gegenüberliegende Schulter. Heben Sie den Ellbogen mit der anderen Hand sanft nach oben und zur Gegenseite, bis Sie eine leichte Dehnung hinten an der Achsel spüren.</translation>
    </message>
    <message>
        <source>Lie on your good side with your sore elbow bent to a right angle and resting against your side. Raise your forearm slowly toward the ceiling, elbow still against your body, and hold. Lower slowly.</source>
        <translation>Legen Sie sich auf die gesunde Seite. Beugen Sie den Ellbogen des betroffenen Arms im rechten Winkel und legen Sie ihn seitlich am Körper ab. Heben Sie den Unterarm langsam zur Decke, der Ellbogen bleibt dabei am Körper, und halten Sie die Position. Senken Sie ihn langsam wieder ab.</translation>
    </message>
    <message>
        <source>Lie on your good side with a wrapped warm pack over the back of your armpit and the outer edge of your shoulder blade.</source>
        <translation>Legen Sie sich auf die gesunde Seite und legen Sie ein in ein Tuch gewickeltes Wärmekissen hinten an die Achsel und auf den äußeren Rand des Schulterblatts.</translation>
    </message>
    <message>
        <source>Raise your sore arm and rest the hand on your head. With the thumb and fingers of your other hand, grip the thick fold at the back of the armpit, close to the shoulder blade, and squeeze the tender spot steadily.</source>
        <translation>Heben Sie den betroffenen Arm und legen Sie die Hand auf den Kopf. Fassen Sie mit Daumen und Fingern der anderen Hand die dicke Muskelfalte hinten an der Achsel, nah am Schulterblatt, und drücken Sie die druckempfindliche Stelle gleichmäßig zusammen.</translation>
    </message>
    <message>
        <source>Stand with your back slightly turned to a wall. Place the ball at the back of your armpit, on the muscle beside the lower outer edge of your shoulder blade, not on the bone. Lean in gently.</source>
        <translation>Stellen Sie sich schräg mit dem Rücken zur Wand. Platzieren Sie den Massageball hinten an der Achsel, auf dem Muskel neben dem unteren äußeren Rand des Schulterblatts, nicht auf dem Knochen. Lehnen Sie sich sanft dagegen.</translation>
    </message>
    <message>
        <source>Rest your sore-side hand on your head. Hold the fold at the back of your armpit, near the shoulder blade, lightly between thumb and fingers.</source>
        <translation>Legen Sie die Hand der betroffenen Seite auf den Kopf. Nehmen Sie die Muskelfalte hinten an der Achsel, nah am Schulterblatt, locker zwischen Daumen und Finger.</translation>
    </message>
    <message>
        <source>Stand beside a door frame. Raise your sore arm overhead and hold the frame, then let your hips sway away from it until you feel a mild stretch along the back of the armpit.</source>
        <translation>Stellen Sie sich neben einen Türrahmen. Heben Sie den betroffenen Arm über den Kopf und halten Sie sich am Rahmen fest. Schieben Sie dann die Hüfte langsam vom Rahmen weg, bis Sie eine leichte Dehnung hinten entlang der Achsel spüren.</translation>
    </message>
    <message>
        <source>Stand tall with your arms by your sides, palms facing back. Press your straight arms gently backward while drawing your shoulder blades together, and hold. Keep your chest up and neck relaxed.</source>
        <translation>Stellen Sie sich aufrecht hin, die Arme seitlich am Körper, die Handflächen zeigen nach hinten. Drücken Sie die gestreckten Arme sanft nach hinten, ziehen Sie dabei die Schulterblätter zusammen und halten Sie die Position. Halten Sie die Brust aufgerichtet und den Nacken locker.</translation>
    </message>
    <message>
        <source>Lie on your good side with a wrapped warm pack over the back of your armpit and the lower outer edge of your shoulder blade.</source>
        <translation>Legen Sie sich auf die gesunde Seite und legen Sie ein in ein Tuch gewickeltes Wärmekissen hinten an die Achsel und auf den unteren äußeren Rand des Schulterblatts.</translation>
    </message>
    <message>
        <source>Stand with your back to a wall. Place the ball between the inner edge of your shoulder blade and the spine, on the muscle and touching neither bone. Cross your arms to draw the shoulder blades apart, then lean in.</source>
        <translation>Stellen Sie sich mit dem Rücken an eine Wand. Platzieren Sie den Massageball zwischen dem inneren Rand des Schulterblatts und der Wirbelsäule, auf dem Muskel, ohne einen der beiden Knochen zu berühren. Verschränken Sie die Arme vor der Brust, damit die Schulterblätter auseinandergleiten, und lehnen Sie sich dann dagegen.</translation>
    </message>
    <message>
        <source>Reach your other hand over your shoulder and rest your fingertips between the top of your shoulder blade and the spine. Press lightly into the muscle.</source>
        <translation>Greifen Sie mit der anderen Hand über die Schulter und legen Sie die Fingerspitzen zwischen den oberen Teil des Schulterblatts und die Wirbelsäule. Drücken Sie leicht in den Muskel.</translation>
    </message>
    <message>
        <source>Clasp your hands in front at chest height. Round your upper back and push your hands forward, letting your shoulder blades spread apart, until you feel a mild stretch between them.</source>
        <translation>Verschränken Sie die Hände auf Brusthöhe vor dem Körper. Machen Sie den oberen Rücken rund und schieben Sie die Hände nach vorn, sodass die Schulterblätter auseinandergleiten, bis Sie eine leichte Dehnung zwischen den Schulterblättern spüren.</translation>
    </message>
    <message>
        <source>Sit or stand tall with your elbows bent at your sides. Gently squeeze your shoulder blades back and together, without shrugging or arching your lower back, and hold.</source>
        <translation>Setzen oder stellen Sie sich aufrecht hin, die Ellbogen gebeugt und seitlich am Körper. Ziehen Sie die Schulterblätter sanft nach hinten zusammen, ohne die Schultern hochzuziehen oder ins Hohlkreuz zu gehen, und halten Sie die Position.</translation>
    </message>
    <message>
        <source>Lie on your back with a wrapped warm pack under your upper back, between your shoulder blades, or sit back against it.</source>
        <translation>Legen Sie sich auf den Rücken, mit einem in ein Tuch gewickelten Wärmekissen unter dem oberen Rücken zwischen den Schulterblättern, oder lehnen Sie sich im Sitzen dagegen.</translation>
    </message>
    <message>
        <source>Stand with your back to a wall. Place the ball in the muscle between the inner edge of your shoulder blade and the spine, touching neither bone. Hug yourself to widen the gap, then lean in; bend your knees slowly to move the ball.</source>
        <translation>Stellen Sie sich mit dem Rücken an eine Wand. Platzieren Sie den Massageball auf dem Muskel zwischen dem inneren Rand des Schulterblatts und der Wirbelsäule, ohne einen der beiden Knochen zu berühren. Umarmen Sie sich selbst, um den Zwischenraum zu vergrößern, und lehnen Sie sich dann dagegen. Beugen Sie langsam die Knie, um den Ball zu bewegen.</translation>
    </message>
    <message>
        <source>Reach your other hand over your shoulder or behind your back and press lightly with your fingertips into the muscle along the inner edge of your shoulder blade.</source>
        <translation>Greifen Sie mit der anderen Hand über die Schulter oder hinter den Rücken und drücken Sie mit den Fingerspitzen leicht in den Muskel entlang des inneren Rands des Schulterblatts.</translation>
    </message>
    <message>
        <source>Wrap your arms around yourself as if in a hug, hands reaching toward your shoulder blades. Round your upper back and breathe in slowly until you feel a mild stretch between the shoulder blades.</source>
        <translation>Legen Sie die Arme um sich, als würden Sie sich selbst umarmen, die Hände reichen in Richtung der Schulterblätter. Machen Sie den oberen Rücken rund und atmen Sie langsam ein, bis Sie eine leichte Dehnung zwischen den Schulterblättern spüren.</translation>
    </message>
    <message>
        <source>Sit tall with your arms forward and elbows bent. Pull your elbows back close to your body, as if rowing, and squeeze your shoulder blades together. Hold, then return slowly, keeping your neck relaxed.</source>
        <translation>Setzen Sie sich aufrecht hin, die Arme nach vorn, die Ellbogen gebeugt. Ziehen Sie die Ellbogen nah am Körper nach hinten, wie beim Rudern, und ziehen Sie die Schulterblätter zusammen. Halten Sie die Position und kehren Sie dann langsam zurück. Lassen Sie den Nacken dabei locker.</translation>
    </message>
    <message>
        <source>Sit back against a wrapped warm pack placed between your shoulder blades, or lie on your back with it under that area.</source>
        <translation>Lehnen Sie sich im Sitzen an ein in ein Tuch gewickeltes Wärmekissen, das zwischen Ihren Schulterblättern liegt, oder legen Sie sich auf den Rücken, mit dem Wärmekissen unter diesem Bereich.</translation>
    </message>
    <message>
        <source>Stand with your back to a wall and hug yourself to slide your shoulder blades outward. Place the ball just inside the upper inner edge of the shoulder blade, beside the spine but not on it. Lean in gently and breathe slowly.</source>
        <translation>Stellen Sie sich mit dem Rücken an eine Wand und umarmen Sie sich selbst, damit die Schulterblätter nach außen gleiten. Platzieren Sie den Massageball knapp innen am oberen inneren Rand des Schulterblatts, neben der Wirbelsäule, aber nicht darauf. Lehnen Sie sich sanft dagegen und atmen Sie langsam.</translation>
    </message>
    <message>
        <source>Sit and let your sore-side arm hang toward the opposite knee to move the shoulder blade aside. Reach over that shoulder with the other hand and press lightly just inside the upper inner edge of the shoulder blade.</source>
        <translation>Setzen Sie sich und lassen Sie den Arm der betroffenen Seite in Richtung des gegenüberliegenden Knies hängen, damit das Schulterblatt zur Seite gleitet. Greifen Sie mit der anderen Hand über diese Schulter und drücken Sie leicht knapp innen am oberen inneren Rand des Schulterblatts.</translation>
    </message>
    <message>
        <source>Sit and hug yourself, hands reaching around toward your shoulder blades. Round your upper back, drop your chin a little and breathe out fully, until you feel a mild stretch under the top of the shoulder blades.</source>
        <translation>Setzen Sie sich und umarmen Sie sich selbst, die Hände reichen in Richtung der Schulterblätter. Machen Sie den oberen Rücken rund, senken Sie das Kinn ein wenig und atmen Sie vollständig aus, bis Sie eine leichte Dehnung unter dem oberen Teil der Schulterblätter spüren.</translation>
    </message>
    <message>
        <source>Lie on your back with a wrapped warm pack under the top of your shoulder blades, or sit back against it with your arms resting on a cushion.</source>
        <translation>Legen Sie sich auf den Rücken, mit einem in ein Tuch gewickelten Wärmekissen unter dem oberen Teil der Schulterblätter, oder lehnen Sie sich im Sitzen dagegen und legen Sie die Arme auf einem Kissen ab.</translation>
    </message>
    <message>
        <source>Stand with your back to a wall. Place the ball beside the lower inner edge of your shoulder blade, between it and the spine, on neither bone. Lean in and bend your knees slowly to find the tender spot.</source>
        <translation>Stellen Sie sich mit dem Rücken an eine Wand. Platzieren Sie den Massageball neben dem unteren inneren Rand des Schulterblatts, zwischen Schulterblatt und Wirbelsäule, auf keinem der beiden Knochen. Lehnen Sie sich dagegen und beugen Sie langsam die Knie, um die druckempfindliche Stelle zu finden.</translation>
    </message>
    <message>
        <source>Reach your other hand behind your back, or over your shoulder, and press lightly with your fingertips beside the lower inner edge of the shoulder blade.</source>
        <translation>Greifen Sie mit der anderen Hand hinter den Rücken oder über die Schulter und drücken Sie mit den Fingerspitzen leicht neben dem unteren inneren Rand des Schulterblatts.</translation>
    </message>
    <message>
        <source>Sit and lean forward. Reach your sore-side arm down and across toward the opposite foot, letting the shoulder blade slide forward and your upper back round, until you feel a mild stretch below the shoulder blade.</source>
        <translation>Setzen Sie sich und beugen Sie sich nach vorn. Strecken Sie den Arm der betroffenen Seite nach unten und schräg in Richtung des gegenüberliegenden Fußes, sodass das Schulterblatt nach vorn gleitet und der obere Rücken rund wird, bis Sie eine leichte Dehnung unterhalb des Schulterblatts spüren.</translation>
    </message>
    <message>
        <source>Lie face down, forehead on a folded towel, arms overhead in a Y with thumbs up. Draw your shoulder blades down and back to lift your arms just off the floor, and hold. Keep your neck relaxed.</source>
        <translation>Legen Sie sich auf den Bauch, die Stirn auf einem gefalteten Handtuch, die Arme in Y-Form über dem Kopf, die Daumen zeigen nach oben. Ziehen Sie die Schulterblätter nach unten und hinten, sodass sich die Arme knapp vom Boden abheben, und halten Sie die Position. Lassen Sie den Nacken locker.</translation>
    </message>
    <message>
        <source>Lie on your back with a wrapped warm pack under your mid-back, below the shoulder blades, or sit back against it.</source>
        <translation>Legen Sie sich auf den Rücken, mit einem in ein Tuch gewickelten Wärmekissen unter dem mittleren Rücken unterhalb der Schulterblätter, oder lehnen Sie sich im Sitzen dagegen.</translation>
    </message>
    <message>
        <source>Lie on your sore side with the roller under the back of your armpit and your arm stretched overhead. Roll slowly from just below the armpit down the side of your back to the lower ribs, turning slightly to find tender areas.</source>
        <translation>Legen Sie sich auf die betroffene Seite, die Faszienrolle hinten unter der Achsel, den Arm über den Kopf gestreckt. Rollen Sie langsam von knapp unterhalb der Achsel seitlich am Rücken hinunter bis zu den unteren Rippen. Drehen Sie sich dabei leicht, um druckempfindliche Bereiche zu finden.</translation>
    </message>
    <message>
        <source>Stand side-on to a wall with your sore arm raised. Place the ball on the fleshy side of your back, just below and behind the armpit, and lean in gently.</source>
        <translation>Stellen Sie sich seitlich an eine Wand und heben Sie den betroffenen Arm. Platzieren Sie den Massageball auf dem weichen Muskel seitlich am Rücken, knapp unterhalb und hinter der Achsel, und lehnen Sie sich sanft dagegen.</translation>
    </message>
    <message>
        <source>Raise your sore arm and rest the hand on your head. With your other hand, grip the fold at the back of your armpit, low down toward the chest wall, and squeeze the tender spot steadily.</source>
        <translation>Heben Sie den betroffenen Arm und legen Sie die Hand auf den Kopf. Fassen Sie mit der anderen Hand die Muskelfalte hinten an der Achsel, weit unten zum Brustkorb hin, und drücken Sie die druckempfindliche Stelle gleichmäßig zusammen.</translation>
    </message>
    <message>
        <source>Rest your sore-side hand on your head. Hold the lower part of the fold behind your armpit lightly between thumb and fingers.</source>
        <translation>Legen Sie die Hand der schmerzenden Seite auf den Kopf. Nehmen Sie den unteren Teil der Muskelfalte hinter der Achsel locker zwischen Daumen und Finger.</translation>
    </message>
    <message>
        <source>Kneel on all fours, sit your hips back toward your heels, and walk both hands over to the opposite side until you feel a mild stretch along the side of your back and under your arm.</source>
        <translation>Gehen Sie in den Vierfüßlerstand, schieben Sie das Gesäß zurück in Richtung Fersen und wandern Sie mit beiden Händen zur gegenüberliegenden Seite, bis Sie eine leichte Dehnung seitlich am Rücken und unter dem Arm spüren.</translation>
    </message>
    <message>
        <source>Sit tall with your elbows bent and hands at head height. Draw your elbows down toward your back pockets, squeezing under the shoulder blades, and hold. Return slowly.</source>
        <translation>Setzen Sie sich aufrecht hin, die Ellbogen gebeugt, die Hände auf Kopfhöhe. Ziehen Sie die Ellbogen nach unten in Richtung Gesäßtaschen, spannen Sie dabei die Muskeln unterhalb der Schulterblätter an und halten Sie die Position. Kehren Sie langsam in die Ausgangsposition zurück.</translation>
    </message>
    <message>
        <source>Lie on your good side with a wrapped warm pack along the side of your back, just below the armpit.</source>
        <translation>Legen Sie sich auf die gesunde Seite, mit einem in ein Tuch gewickelten Wärmekissen seitlich am Rücken, knapp unterhalb der Achsel.</translation>
    </message>
    <message>
        <source>Lie on your back with the roller across your upper back, hands behind your head. Tilt toward the sore side so the muscle beside the spine takes the weight, and push with your feet to roll slowly, no lower than your bottom ribs.</source>
        <translation>Legen Sie sich auf den Rücken, die Faszienrolle quer unter dem oberen Rücken, die Hände hinter dem Kopf. Neigen Sie sich zur schmerzenden Seite, sodass der Muskel neben der Wirbelsäule das Gewicht trägt, und rollen Sie langsam, indem Sie sich mit den Füßen abdrücken. Rollen Sie nicht tiefer als bis zu den untersten Rippen.</translation>
    </message>
    <message>
        <source>Stand with your back to a wall and place the ball on the band of muscle beside the spine, anywhere from two fingers&apos; width out to about a hand&apos;s width, where the ribs start to curve forward. Never put it on the bony bumps of the spine. Lean in and bend your knees slowly to move it up or down.</source>
        <translation>Stellen Sie sich mit dem Rücken an eine Wand und legen Sie den Massageball auf den Muskelstrang neben der Wirbelsäule, irgendwo zwischen zwei Fingerbreit und etwa einer Handbreit seitlich davon, wo die Rippen beginnen, sich nach vorn zu wölben. Legen Sie ihn nie auf die knöchernen Vorsprünge der Wirbelsäule. Lehnen Sie sich an und beugen Sie langsam die Knie, um den Ball nach oben oder unten zu bewegen.</translation>
    </message>
    <message>
        <source>Reach behind you and press lightly with your thumbs or knuckles into the band of muscle a few fingers&apos; width out from the spine, never on its bony bumps, as high as you can comfortably reach.</source>
        <translation>Greifen Sie hinter sich und drücken Sie mit den Daumen oder den Fingerknöcheln leicht auf den Muskelstrang einige Fingerbreit neben der Wirbelsäule, nie auf ihre knöchernen Vorsprünge, so weit oben, wie Sie bequem hinkommen.</translation>
    </message>
    <message>
        <source>Sit on a chair with your feet apart. Let your chest sink slowly toward your thighs, arms hanging, rounding your back from the top down until you feel a mild stretch along your back.</source>
        <translation>Setzen Sie sich auf einen Stuhl, die Füße auseinander. Lassen Sie den Oberkörper langsam in Richtung Oberschenkel sinken, die Arme hängen locker, und runden Sie den Rücken von oben nach unten, bis Sie eine leichte Dehnung entlang des Rückens spüren.</translation>
    </message>
    <message>
        <source>Lie face down with your arms by your sides and your forehead on a towel. Lift your head and chest a little off the floor, chin gently tucked, and hold. Lower slowly.</source>
        <translation>Legen Sie sich auf den Bauch, die Arme neben dem Körper, die Stirn auf einem Handtuch. Heben Sie Kopf und Brust ein wenig vom Boden ab, das Kinn leicht eingezogen, und halten Sie die Position. Senken Sie sich langsam wieder ab.</translation>
    </message>
    <message>
        <source>Lie on your back with a wrapped warm pack under the sore part of your mid-back, or let a warm shower run over it.</source>
        <translation>Legen Sie sich auf den Rücken, mit einem in ein Tuch gewickelten Wärmekissen unter der schmerzenden Stelle im mittleren Rücken, oder lassen Sie den warmen Duschstrahl darüberlaufen.</translation>
    </message>
    <message>
        <source>Stand with your back to a wall and place the ball on the thick ridge of muscle two or three fingers&apos; width out from the bony bumps of your lower spine, not in the groove right beside them. Lean in gently and bend your knees slowly to move it.</source>
        <translation>Stellen Sie sich mit dem Rücken an eine Wand und legen Sie den Massageball auf den dicken Muskelwulst zwei bis drei Fingerbreit neben den knöchernen Vorsprüngen der unteren Wirbelsäule, nicht in die Rinne direkt daneben. Lehnen Sie sich sanft an und beugen Sie langsam die Knie, um den Ball zu bewegen.</translation>
    </message>
    <message>
        <source>Stand with your hands on your hips, thumbs behind. Press your thumbs into the thick ridge of muscle two or three fingers&apos; width out from your lower spine, not in the groove right beside the bony bumps, and hold steadily on the tender spot.</source>
        <translation>Stellen Sie sich hin, die Hände an den Hüften, die Daumen hinten. Drücken Sie die Daumen in den dicken Muskelwulst zwei bis drei Fingerbreit neben der unteren Wirbelsäule, nicht in die Rinne direkt neben den knöchernen Vorsprüngen, und halten Sie den Druck gleichmäßig auf der druckempfindlichen Stelle.</translation>
    </message>
    <message>
        <source>Lie on your side with your knees bent. Reach behind and rest your thumb on the ridge of muscle two or three fingers&apos; width out from your lower spine, pressing only lightly.</source>
        <translation>Legen Sie sich mit gebeugten Knien auf die Seite. Greifen Sie nach hinten und legen Sie den Daumen auf den Muskelwulst zwei bis drei Fingerbreit neben der unteren Wirbelsäule. Drücken Sie nur leicht.</translation>
    </message>
    <message>
        <source>Lie on your back. Bring one knee and then the other toward your chest, holding behind your thighs, until you feel a mild stretch in your lower back. Let your head rest on the floor.</source>
        <translation>Legen Sie sich auf den Rücken. Ziehen Sie erst ein Knie und dann das andere in Richtung Brust und halten Sie die Beine hinter den Oberschenkeln fest, bis Sie eine leichte Dehnung im unteren Rücken spüren. Lassen Sie den Kopf auf dem Boden liegen.</translation>
    </message>
    <message>
        <source>Kneel on all fours with a flat back. Slowly reach one arm forward and the opposite leg back, level with your body, without letting your back sag or twist, and hold. Return and switch sides.</source>
        <translation>Gehen Sie in den Vierfüßlerstand, der Rücken gerade. Strecken Sie langsam einen Arm nach vorn und das gegenüberliegende Bein nach hinten, in Verlängerung des Körpers, ohne dass der Rücken durchhängt oder sich verdreht, und halten Sie die Position. Kehren Sie zurück und wechseln Sie die Seite.</translation>
    </message>
    <message>
        <source>Lie on your side or front with a wrapped warm pack over your lower back, or let a warm shower run over it.</source>
        <translation>Legen Sie sich auf die Seite oder auf den Bauch, mit einem in ein Tuch gewickelten Wärmekissen auf dem unteren Rücken, oder lassen Sie den warmen Duschstrahl darüberlaufen.</translation>
    </message>
    <message>
        <source>Stand with your back to a wall. Place the ball in the soft area between your lowest rib and the top of your hip bone, outside the thick muscle ridge beside the spine. Lean in gently, turning a little toward the sore side.</source>
        <translation>Stellen Sie sich mit dem Rücken an eine Wand. Legen Sie den Massageball in den weichen Bereich zwischen der untersten Rippe und dem Beckenkamm, seitlich außerhalb des dicken Muskelwulsts neben der Wirbelsäule. Lehnen Sie sich sanft an und drehen Sie sich dabei etwas zur schmerzenden Seite.</translation>
    </message>
    <message>
        <source>Stand with your hand on your waist, thumb behind, in the soft area between the lowest rib and the hip bone. Press your thumb inward toward the spine and hold steadily on the tender spot.</source>
        <translation>Stellen Sie sich hin, die Hand an der Taille, den Daumen hinten im weichen Bereich zwischen der untersten Rippe und dem Beckenknochen. Drücken Sie den Daumen nach innen in Richtung Wirbelsäule und halten Sie den Druck gleichmäßig auf der druckempfindlichen Stelle.</translation>
    </message>
    <message>
        <source>Lie on your good side with a pillow under your waist. Rest your thumb in the soft area between your lowest rib and hip bone at the back, pressing lightly.</source>
        <translation>Legen Sie sich auf die gesunde Seite, mit einem Kissen unter der Taille. Legen Sie den Daumen hinten in den weichen Bereich zwischen der untersten Rippe und dem Beckenknochen und drücken Sie leicht.</translation>
    </message>
    <message>
        <source>Stand with your feet together, raise your sore-side arm overhead and lean gently away to the opposite side, until you feel a mild stretch between your lowest rib and hip. Hold a chair for balance if needed.</source>
        <translation>Stellen Sie sich mit geschlossenen Füßen hin, heben Sie den Arm der schmerzenden Seite über den Kopf und neigen Sie sich sanft zur anderen Seite, bis Sie eine leichte Dehnung zwischen der untersten Rippe und der Hüfte spüren. Halten Sie sich bei Bedarf an einem Stuhl fest, um das Gleichgewicht zu halten.</translation>
    </message>
    <message>
        <source>Lie on your side propped on your forearm, elbow under your shoulder, knees bent. Lift your hips so you are straight from knees to head, and hold. Do both sides.</source>
        <translation>Legen Sie sich auf die Seite und stützen Sie sich auf den Unterarm, den Ellbogen unter der Schulter, die Knie gebeugt. Heben Sie das Becken an, bis Ihr Körper von den Knien bis zum Kopf eine gerade Linie bildet, und halten Sie die Position. Üben Sie auf beiden Seiten.</translation>
    </message>
    <message>
        <source>Lie on your good side with a wrapped warm pack over your side, between the lowest rib and the hip bone.</source>
        <translation>Legen Sie sich auf die gesunde Seite, mit einem in ein Tuch gewickelten Wärmekissen seitlich am Rumpf, zwischen der untersten Rippe und dem Beckenknochen.</translation>
    </message>
    <message>
        <source>Kneel on all fours. Slowly round your back up toward the ceiling, tucking your tailbone and letting your head drop, until you feel a mild stretch along your lower spine. Then return to a flat back.</source>
        <translation>Gehen Sie in den Vierfüßlerstand. Machen Sie den Rücken langsam rund zur Decke hin, rollen Sie dabei das Steißbein nach unten ein und lassen Sie den Kopf sinken, bis Sie eine leichte Dehnung entlang der unteren Wirbelsäule spüren. Kehren Sie dann zum geraden Rücken zurück.</translation>
    </message>
    <message>
        <source>Kneel on all fours with a flat back. Slide one leg straight back and lift it to hip height, keeping your hips level, and hold. When that is easy, also reach the opposite arm forward.</source>
        <translation>Gehen Sie in den Vierfüßlerstand, der Rücken gerade. Schieben Sie ein Bein gestreckt nach hinten und heben Sie es bis auf Hüfthöhe an, ohne dass das Becken zur Seite kippt, und halten Sie die Position. Wenn Ihnen das leichtfällt, strecken Sie zusätzlich den gegenüberliegenden Arm nach vorn.</translation>
    </message>
    <message>
        <source>Lie on your front or side with a wrapped warm pack over the small of your back, or let a warm shower run over it.</source>
        <translation>Legen Sie sich auf den Bauch oder auf die Seite, mit einem in ein Tuch gewickelten Wärmekissen auf dem Kreuz (dem unteren Rücken), oder lassen Sie den warmen Duschstrahl darüberlaufen.</translation>
    </message>
    <message>
        <source>Stand with the side of your buttock to a wall and place the ball on the upper outer buttock, just below the rim of the hip bone. Lean in and bend your knees slowly to search for the tender spot.</source>
        <translation>Stellen Sie sich seitlich an eine Wand, die Außenseite des Gesäßes zur Wand, und legen Sie den Massageball an das obere äußere Gesäß, knapp unterhalb des Beckenkamms. Lehnen Sie sich an und beugen Sie langsam die Knie, um die druckempfindliche Stelle zu suchen.</translation>
    </message>
    <message>
        <source>Lie partly on your side with the roller under your upper outer buttock, propped on your forearm. Roll slowly between the rim of the hip bone and the bony point at the side of the hip, without rolling onto either.</source>
        <translation>Legen Sie sich halb auf die Seite, die Faszienrolle unter dem oberen äußeren Gesäß, und stützen Sie sich auf den Unterarm. Rollen Sie langsam zwischen dem Beckenkamm und dem Knochenvorsprung seitlich an der Hüfte hin und her, ohne auf einen der beiden Knochen zu rollen.</translation>
    </message>
    <message>
        <source>Stand with your hand on your hip, thumb toward the back. Press your thumb into the upper outer buttock, just below the rim of the hip bone, and hold steadily on the tender spot.</source>
        <translation>Stellen Sie sich hin, die Hand an der Hüfte, den Daumen nach hinten. Drücken Sie den Daumen in das obere äußere Gesäß, knapp unterhalb des Beckenkamms, und halten Sie den Druck gleichmäßig auf der druckempfindlichen Stelle.</translation>
    </message>
    <message>
        <source>Lie on your good side with a pillow between your knees. Rest your fingertips on the upper outer buttock, just below the rim of the hip bone, pressing lightly.</source>
        <translation>Legen Sie sich auf die gesunde Seite, mit einem Kissen zwischen den Knien. Legen Sie die Fingerspitzen auf das obere äußere Gesäß, knapp unterhalb des Beckenkamms, und drücken Sie leicht.</translation>
    </message>
    <message>
        <source>Stand beside a wall or chair for balance. Cross your sore-side leg behind the other and let that hip shift gently out to the side, until you feel a mild stretch on the outside of the hip.</source>
        <translation>Stellen Sie sich neben eine Wand oder einen Stuhl, um sich festhalten zu können. Kreuzen Sie das Bein der schmerzenden Seite hinter dem anderen Bein und schieben Sie diese Hüfte sanft zur Seite hinaus, bis Sie eine leichte Dehnung an der Außenseite der Hüfte spüren.</translation>
    </message>
    <message>
        <source>Lie on your good side with the lower knee bent. Keeping the top leg straight and slightly behind you, toes forward, lift it slowly a little way and hold. Do not roll backward.</source>
        <translation>Legen Sie sich auf die gesunde Seite, das untere Knie gebeugt. Das obere Bein bleibt gestreckt und leicht hinter dem Körper, die Zehen zeigen nach vorn. Heben Sie es langsam ein kleines Stück an und halten Sie es oben. Kippen Sie dabei nicht nach hinten.</translation>
    </message>
    <message>
        <source>Lie on your good side with a wrapped warm pack over your upper outer buttock.</source>
        <translation>Legen Sie sich auf die gesunde Seite, mit einem in ein Tuch gewickelten Wärmekissen auf dem oberen äußeren Gesäß.</translation>
    </message>
    <message>
        <source>Stand with the side of your hip to a wall. Place the ball on the outer buttock, a hand&apos;s width below the rim of the hip bone and above the bony point at the side of the hip. Lean in and bend your knees slowly to search for the tender spot. Ease off at once if tingling or numbness runs down your leg.</source>
        <translation>Stellen Sie sich mit der Hüfte seitlich an eine Wand. Legen Sie den Massageball an das äußere Gesäß, eine Handbreit unterhalb des Beckenkamms und oberhalb des Knochenvorsprungs seitlich an der Hüfte. Lehnen Sie sich an und beugen Sie langsam die Knie, um die druckempfindliche Stelle zu suchen. Verringern Sie sofort den Druck, wenn Kribbeln oder Taubheit ins Bein ausstrahlt.</translation>
    </message>
    <message>
        <source>Stand with your hand on your hip, thumb toward the back. Press your fingertips slowly into the side of the hip, between the rim of the hip bone and the bony point below it: this muscle lies deep, under gluteus medius. Hold steadily on the tender spot.</source>
        <translation>Stellen Sie sich hin, die Hand an der Hüfte, den Daumen nach hinten. Drücken Sie die Fingerspitzen langsam seitlich in die Hüfte, zwischen dem Beckenkamm und dem Knochenvorsprung darunter: Dieser Muskel liegt tief, unter dem mittleren Gesäßmuskel. Halten Sie den Druck gleichmäßig auf der druckempfindlichen Stelle.</translation>
    </message>
    <message>
        <source>Lie on your good side with a pillow between your knees. Rest your fingertips on the side of your hip, between the rim of the hip bone and the bony point below it, pressing lightly.</source>
        <translation>Legen Sie sich auf die gesunde Seite, mit einem Kissen zwischen den Knien. Legen Sie die Fingerspitzen seitlich an die Hüfte, in den Bereich zwischen dem Beckenkamm und dem Knochenvorsprung darunter, und drücken Sie leicht.</translation>
    </message>
    <message>
        <source>Stand side-on to a wall with your sore side toward it and a hand on it for balance. Cross your sore-side leg behind the other and let that hip sink gently toward the wall, until you feel a mild stretch at the side of the hip.</source>
        <translation>Stellen Sie sich seitlich an eine Wand, die schmerzende Seite zur Wand, und stützen Sie sich mit einer Hand daran ab. Kreuzen Sie das Bein der schmerzenden Seite hinter dem anderen Bein und lassen Sie diese Hüfte sanft in Richtung Wand sinken, bis Sie eine leichte Dehnung seitlich an der Hüfte spüren.</translation>
    </message>
    <message>
        <source>Lie on your good side with the lower knee bent. Keeping the top leg straight, in line with your body and toes pointing forward, lift it slowly a little way and hold. Lower it slowly.</source>
        <translation>Legen Sie sich auf die gesunde Seite, das untere Knie gebeugt. Das obere Bein bleibt gestreckt, in einer Linie mit dem Körper, die Zehen zeigen nach vorn. Heben Sie es langsam ein kleines Stück an und halten Sie es oben. Senken Sie es langsam wieder ab.</translation>
    </message>
    <message>
        <source>Lie on your good side with a wrapped warm pack over the side of your hip and outer buttock.</source>
        <translation>Legen Sie sich auf die gesunde Seite, mit einem in ein Tuch gewickelten Wärmekissen seitlich auf der Hüfte und dem äußeren Gesäß.</translation>
    </message>
    <message>
        <source>Stand with your back to a wall and place the ball in the lower middle of your buttock, beside the flat bone at the base of the spine but not on it. Lean in gently and shift your weight to find the tender spot.</source>
        <translation>Stellen Sie sich mit dem Rücken an eine Wand und legen Sie den Massageball in den unteren mittleren Bereich des Gesäßes, neben das Kreuzbein (den flachen Knochen am unteren Ende der Wirbelsäule), aber nicht darauf. Lehnen Sie sich sanft an und verlagern Sie das Gewicht, um die druckempfindliche Stelle zu finden.</translation>
    </message>
    <message>
        <source>Sit on the roller, lean onto your sore buttock and cross that ankle over the other knee. Support yourself on your hands and roll slowly over the fleshy buttock, keeping off the tailbone and the bony point of the hip.</source>
        <translation>Setzen Sie sich auf die Faszienrolle, lehnen Sie sich auf die schmerzende Gesäßhälfte und legen Sie den Knöchel dieser Seite auf das andere Knie. Stützen Sie sich mit den Händen ab und rollen Sie langsam über den weichen, fleischigen Teil des Gesäßes, ohne auf das Steißbein oder den Knochenvorsprung an der Hüfte zu kommen.</translation>
    </message>
    <message>
        <source>Lie on your good side, knees bent. Reach back and press lightly with your fingertips into the sore spot in your buttock, beside the flat bone at the base of the spine.</source>
        <translation>Legen Sie sich auf die gesunde Seite, die Knie gebeugt. Greifen Sie nach hinten und drücken Sie mit den Fingerspitzen leicht auf die schmerzende Stelle im Gesäß, neben dem Kreuzbein (dem flachen Knochen am unteren Ende der Wirbelsäule).</translation>
    </message>
    <message>
        <source>Lie on your back. Bring your sore-side knee up and, holding it with both hands, ease it gently toward the opposite shoulder until you feel a mild stretch in the buttock.</source>
        <translation>Legen Sie sich auf den Rücken. Ziehen Sie das Knie der schmerzenden Seite an, fassen Sie es mit beiden Händen und führen Sie es sanft in Richtung der gegenüberliegenden Schulter, bis Sie eine leichte Dehnung im Gesäß spüren.</translation>
    </message>
    <message>
        <source>Lie on your back, knees bent, feet flat and hip-width apart. Squeeze your buttocks and lift your hips until you are straight from knees to shoulders, and hold. Lower slowly.</source>
        <translation>Legen Sie sich auf den Rücken, die Knie gebeugt, die Füße hüftbreit auseinander flach auf dem Boden. Spannen Sie das Gesäß an und heben Sie das Becken, bis Ihr Körper von den Knien bis zu den Schultern eine gerade Linie bildet, und halten Sie die Position. Senken Sie das Becken langsam wieder ab.</translation>
    </message>
    <message>
        <source>Lie on your front or good side with a wrapped warm pack over the buttock.</source>
        <translation>Legen Sie sich auf den Bauch oder auf die gesunde Seite, mit einem in ein Tuch gewickelten Wärmekissen auf dem Gesäß.</translation>
    </message>
    <message>
        <source>Sit with the roller under the back of your thighs and your hands on the floor behind you. Lift your hips and roll slowly from just above the back of the knee to just below the sitting bone.</source>
        <translation>Setzen Sie sich auf den Boden, die Faszienrolle unter der Rückseite der Oberschenkel, die Hände hinter sich auf dem Boden. Heben Sie das Becken an und rollen Sie langsam von knapp oberhalb der Kniekehle bis knapp unterhalb des Sitzbeinhöckers (des Knochens, auf dem Sie sitzen).</translation>
    </message>
    <message>
        <source>Sit on a firm chair with the ball under the tender spot at the back of your thigh, well away from the back of the knee. Let the weight of your leg rest on it and stay still.</source>
        <translation>Setzen Sie sich auf einen festen Stuhl, den Massageball unter der druckempfindlichen Stelle an der Rückseite des Oberschenkels, deutlich entfernt von der Kniekehle. Lassen Sie das Gewicht des Beins darauf ruhen und bleiben Sie ruhig sitzen.</translation>
    </message>
    <message>
        <source>Sit with your leg supported on a stool. With your thumbs or fingertips, find the tender spot in the back of your thigh and press in steadily.</source>
        <translation>Setzen Sie sich hin und legen Sie das Bein auf einem Hocker ab. Suchen Sie mit den Daumen oder den Fingerspitzen die druckempfindliche Stelle an der Rückseite des Oberschenkels und drücken Sie gleichmäßig hinein.</translation>
    </message>
    <message>
        <source>Sit or lie with your leg supported. Rest your fingertips on the sore spot at the back of the thigh and press only lightly.</source>
        <translation>Setzen oder legen Sie sich hin, das Bein bequem abgelegt. Legen Sie die Fingerspitzen auf die schmerzende Stelle an der Rückseite des Oberschenkels und drücken Sie nur leicht.</translation>
    </message>
    <message>
        <source>Lie on your back and loop a towel around your sore-side foot. Raise that leg, knee nearly straight, until you feel a mild stretch down the back of the thigh. Keep the other knee bent.</source>
        <translation>Legen Sie sich auf den Rücken und schlingen Sie ein Handtuch um den Fuß der schmerzenden Seite. Heben Sie dieses Bein mit fast gestrecktem Knie an, bis Sie eine leichte Dehnung an der Rückseite des Oberschenkels spüren. Lassen Sie das andere Knie gebeugt.</translation>
    </message>
    <message>
        <source>Lie on your back with knees bent and heels a little farther from your hips than usual. Dig your heels in, lift your hips a little, and hold. Lower slowly.</source>
        <translation>Legen Sie sich auf den Rücken, die Knie gebeugt, die Fersen etwas weiter vom Gesäß entfernt als sonst. Drücken Sie die Fersen in den Boden, heben Sie das Becken ein wenig an und halten Sie die Position. Senken Sie es langsam wieder ab.</translation>
    </message>
    <message>
        <source>Sit on the floor, the ball under the middle of your sore buttock, halfway between the base of the spine and the bony point of the hip. Cross that ankle over the other knee and lean in. Ease off if tingling runs down your leg.</source>
        <translation>Setzen Sie sich auf den Boden, den Massageball unter der Mitte der schmerzenden Gesäßhälfte, auf halbem Weg zwischen dem unteren Ende der Wirbelsäule und dem Knochenvorsprung der Hüfte. Legen Sie den Knöchel dieser Seite auf das andere Knie und lehnen Sie sich auf den Ball. Verringern Sie den Druck, wenn Kribbeln ins Bein ausstrahlt.</translation>
    </message>
    <message>
        <source>Lie on your good side, knees bent. Reach back and press lightly with your fingertips into the middle of your sore buttock, halfway between the base of the spine and the bony point of the hip.</source>
        <translation>Legen Sie sich auf die gesunde Seite, die Knie gebeugt. Greifen Sie nach hinten und drücken Sie mit den Fingerspitzen leicht in die Mitte der schmerzenden Gesäßhälfte, auf halbem Weg zwischen dem unteren Ende der Wirbelsäule und dem Knochenvorsprung der Hüfte.</translation>
    </message>
    <message>
        <source>Lie on your back, knees bent. Cross your sore-side ankle over the other knee, lift that foot off the floor and draw the thigh gently toward you, until you feel a mild stretch deep in the buttock.</source>
        <translation>Legen Sie sich auf den Rücken, die Knie gebeugt. Legen Sie den Knöchel der schmerzenden Seite auf das andere Knie, heben Sie den anderen Fuß vom Boden ab und ziehen Sie diesen Oberschenkel sanft zu sich heran, bis Sie eine leichte Dehnung tief im Gesäß spüren.</translation>
    </message>
    <message>
        <source>Lie on your good side, hips and knees bent, feet together. Keeping your feet touching and your hips still, open the top knee like a clam, and hold. Close slowly.</source>
        <translation>Legen Sie sich auf die gesunde Seite, Hüften und Knie gebeugt, die Füße aufeinander. Öffnen Sie das obere Knie wie eine Muschel, während die Füße sich weiter berühren und das Becken ruhig bleibt, und halten Sie die Position. Schließen Sie das Knie langsam wieder.</translation>
    </message>
    <message>
        <source>Lie on your front or good side with a wrapped warm pack over the middle of the buttock.</source>
        <translation>Legen Sie sich auf den Bauch oder auf die gesunde Seite, mit einem in ein Tuch gewickelten Wärmekissen auf der Mitte des Gesäßes.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n spot(s)</source>
        <translation>
            <numerusform>%n Stelle</numerusform>
            <numerusform>%n Stellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n Bewertung</numerusform>
            <numerusform>%n Bewertungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new spot(s)</source>
        <translation>
            <numerusform>%n neue Stelle</numerusform>
            <numerusform>%n neue Stellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routine step(s)</source>
        <translation>
            <numerusform>%n Übungsschritt</numerusform>
            <numerusform>%n Übungsschritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>one command at a time</source>
        <translation>bitte nur einen Befehl auf einmal</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not take --%2</source>
        <translation>„%1“ kennt die Option --%2 nicht</translation>
    </message>
    <message>
        <source>--%1 is given %2 times; &apos;%3&apos; takes it once</source>
        <translation>--%1 wurde %2-mal angegeben; „%3“ erlaubt es nur einmal</translation>
    </message>
    <message>
        <source>restore needs one FILE (see knotmap-cli backups)</source>
        <translation>restore braucht genau eine Datei FILE (siehe knotmap-cli backups)</translation>
    </message>
    <message>
        <source>Restored %1</source>
        <translation>%1 wiederhergestellt</translation>
    </message>
    <message>
        <source>The database as it was is kept in %1</source>
        <translation>Die bisherige Datenbank bleibt in %1 erhalten</translation>
    </message>
    <message>
        <source>%1 is not sound: %2</source>
        <translation>%1 ist nicht intakt: %2</translation>
    </message>
    <message>
        <source>delete needs either --spot KEY|UUID or --rating ID</source>
        <translation>delete braucht entweder --spot KEY|UUID oder --rating ID</translation>
    </message>
    <message>
        <source>--rating takes a rating&apos;s id, a whole number, not &apos;%1&apos;</source>
        <translation>--rating erwartet die ID einer Bewertung, also eine ganze Zahl; „%1“ ist keine</translation>
    </message>
    <message>
        <source>Deleted rating %1 (%2/10 at %3)</source>
        <translation>Bewertung %1 gelöscht (%2/10 am %3)</translation>
    </message>
    <message>
        <source>there is no spot &apos;%1&apos; (see knotmap-cli list)</source>
        <translation>es gibt keine Stelle „%1“ (siehe knotmap-cli list)</translation>
    </message>
    <message>
        <source>Deleted spot %1 in %2 with %3</source>
        <translation>Stelle %1 in %2 mit %3 gelöscht</translation>
    </message>
    <message>
        <source>export needs --format csv|json|fhir and --out FILE</source>
        <translation>export braucht --format csv|json|fhir und --out FILE</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>import needs one FILE</source>
        <translation>import braucht genau eine Datei FILE</translation>
    </message>
    <message>
        <source>%1 was not imported; nothing was changed:</source>
        <translation>%1 wurde nicht importiert; nichts wurde geändert:</translation>
    </message>
    <message>
        <source>Imported %1, %2 and %3 from %4</source>
        <translation>%1, %2 und %3 aus %4 importiert</translation>
    </message>
    <message>
        <source> (skipped %1 and %2 already there)</source>
        <translation> (%1 und %2 waren schon vorhanden und wurden übersprungen)</translation>
    </message>
    <message>
        <source>--from and --to go together (dates like 2026-03-01)</source>
        <translation>--from und --to müssen zusammen angegeben werden (Datumsangaben wie 2026-03-01)</translation>
    </message>
    <message>
        <source>--from and --to must be dates like 2026-03-01</source>
        <translation>--from und --to müssen Datumsangaben wie 2026-03-01 sein</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 liegt nach --to %2</translation>
    </message>
    <message>
        <source>add needs --intensity N (0 to 10)</source>
        <translation>add braucht --intensity N (0 bis 10)</translation>
    </message>
    <message>
        <source>pain score &apos;%1&apos; is not a whole number from 0 to 10</source>
        <translation>der Schmerzwert „%1“ ist keine ganze Zahl von 0 bis 10</translation>
    </message>
    <message>
        <source>unknown quality &apos;%1&apos;: use aching, sharp, burning, tingling, numb or stiff</source>
        <translation>unbekannte Schmerzart „%1“: Verwenden Sie aching, sharp, burning, tingling, numb oder stiff</translation>
    </message>
    <message>
        <source>--area and --region do not go together: felt pain has an area, a knot a region</source>
        <translation>--area und --region schließen sich aus: Gespürter Schmerz hat einen Schmerzbereich, ein Knoten einen Bereich</translation>
    </message>
    <message>
        <source>--x and --y go together</source>
        <translation>--x und --y müssen zusammen angegeben werden</translation>
    </message>
    <message>
        <source>unknown area &apos;%1&apos; (see knotmap-cli areas)</source>
        <translation>unbekannter Schmerzbereich „%1“ (siehe knotmap-cli areas)</translation>
    </message>
    <message>
        <source>area &apos;%1&apos; has no shape on the %2 view</source>
        <translation>der Schmerzbereich „%1“ hat in der Ansicht %2 keine Form</translation>
    </message>
    <message>
        <source>--x and --y must be numbers from 0 to 1</source>
        <translation>--x und --y müssen Zahlen von 0 bis 1 sein</translation>
    </message>
    <message>
        <source>point (%1, %2) is not in %3 on the %4 view</source>
        <translation>der Punkt (%1, %2) liegt in der Ansicht %4 nicht in %3</translation>
    </message>
    <message>
        <source>spot &apos;%1&apos; is not felt pain at %2</source>
        <translation>die Stelle „%1“ ist kein gespürter Schmerz in %2</translation>
    </message>
    <message>
        <source>spot &apos;%1&apos; already exists; --x/--y cannot move it</source>
        <translation>die Stelle „%1“ gibt es schon; --x/--y können sie nicht verschieben</translation>
    </message>
    <message>
        <source>Recorded felt pain %1/10 at %2 (spot %3) at %4</source>
        <translation>Gespürter Schmerz %1/10 in %2 (Stelle %3) am %4 erfasst</translation>
    </message>
    <message>
        <source>unknown region &apos;%1&apos; (see knotmap-cli regions)</source>
        <translation>unbekannter Bereich „%1“ (siehe knotmap-cli regions)</translation>
    </message>
    <message>
        <source>point (%1, %2) is outside the body</source>
        <translation>der Punkt (%1, %2) liegt außerhalb des Körpers</translation>
    </message>
    <message>
        <source>point (%1, %2) lies in %3, not in %4</source>
        <translation>der Punkt (%1, %2) liegt in %3, nicht in %4</translation>
    </message>
    <message>
        <source>spot &apos;%1&apos; is in %2, not in %3</source>
        <translation>die Stelle „%1“ liegt in %2, nicht in %3</translation>
    </message>
    <message>
        <source>spot &apos;%1&apos; does not exist yet: give --region or --x/--y</source>
        <translation>die Stelle „%1“ gibt es noch nicht: Geben Sie --region oder --x/--y an</translation>
    </message>
    <message>
        <source>add needs --region ID or --x X --y Y</source>
        <translation>add braucht --region ID oder --x X --y Y</translation>
    </message>
    <message>
        <source>Recorded %1/10 for %2 (spot %3) at %4</source>
        <translation>%1/10 für %2 (Stelle %3) am %4 erfasst</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a date like 2026-03-01</source>
        <translation>--%1 „%2“ ist kein Datum wie 2026-03-01</translation>
    </message>
    <message>
        <source>demo needs --weeks N</source>
        <translation>demo braucht --weeks N</translation>
    </message>
    <message>
        <source>--weeks must be from 1 to 520 and --seed a whole number</source>
        <translation>--weeks muss zwischen 1 und 520 liegen und --seed eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>%1 already holds data; demo data only goes into an empty database</source>
        <translation>%1 enthält bereits Daten; Beispieldaten können nur in eine leere Datenbank geschrieben werden</translation>
    </message>
    <message>
        <source>Wrote %1 weeks of demo data to %2</source>
        <translation>%1 Wochen Beispieldaten in %2 geschrieben</translation>
    </message>
    <message>
        <source>: KnotMap&apos;s sources describe no pattern of referred pain for a knot here.
</source>
        <translation>: Die Quellen von KnotMap beschreiben für einen Knoten hier kein Muster ausstrahlender Schmerzen.
</translation>
    </message>
    <message>
        <source>: a knot here may send pain to these areas, nearest first:
</source>
        <translation>: Ein Knoten hier kann Schmerz in diese Schmerzbereiche ausstrahlen, die nächstgelegenen zuerst:
</translation>
    </message>
    <message>
        <source>This includes the pattern of the </source>
        <translation>Dazu gehört das Muster für den Bereich </translation>
    </message>
    <message>
        <source>, whose usual knot lies here on the map.
</source>
        <translation>, dessen üblicher Knoten hier auf der Karte liegt.
</translation>
    </message>
    <message>
        <source>These are common patterns, not a diagnosis. Sources: </source>
        <translation>Dies sind häufige Muster, keine Diagnose. Quellen: </translation>
    </message>
    <message>
        <source> (see docs/sources.md).
</source>
        <translation> (siehe docs/sources.md).
</translation>
    </message>
    <message>
        <source>unknown pain area &apos;%1&apos; (ids look like temple-left, sacrum; see knotmap-cli areas)</source>
        <translation>unbekannter Schmerzbereich „%1“ (IDs sehen so aus: temple-left, sacrum; siehe knotmap-cli areas)</translation>
    </message>
    <message>
        <source> (only sometimes felt here)</source>
        <translation> (hier nur manchmal gespürt)</translation>
    </message>
    <message>
        <source>: its usual knot lies in the </source>
        <translation>: Der übliche Knoten liegt im Bereich </translation>
    </message>
    <message>
        <source> on the map</source>
        <translation> auf der Karte</translation>
    </message>
    <message>
        <source>; search near (</source>
        <translation>; suchen Sie in der Nähe von (</translation>
    </message>
    <message>
        <source>* Marked patterns can look like a nerve problem. Numbness, tingling, weakness or shooting pain is a reason to see a professional, not a knot to press.
</source>
        <translation>* Markierte Muster können wie ein Nervenproblem aussehen. Taubheit, Kribbeln, Schwäche oder einschießender Schmerz sind ein Grund, die Beschwerden fachlich abklären zu lassen – nicht, auf einen Knoten zu drücken.
</translation>
    </message>
    <message>
        <source>refer needs --region ID or --area ID, one of them</source>
        <translation>refer braucht --region ID oder --area ID, eines von beiden</translation>
    </message>
    <message>
        <source>usage: knotmap-cli refer (--region ID | --area ID) [--format text|json]</source>
        <translation>Aufruf: knotmap-cli refer (--region ID | --area ID) [--format text|json]</translation>
    </message>
    <message>
        <source>link needs --felt KEY and --knot KEY</source>
        <translation>link braucht --felt KEY und --knot KEY</translation>
    </message>
    <message>
        <source>usage: knotmap-cli link --felt KEY --knot KEY [--remove]</source>
        <translation>Aufruf: knotmap-cli link --felt KEY --knot KEY [--remove]</translation>
    </message>
    <message>
        <source>Unlinked %1 from %2</source>
        <translation>Verknüpfung von %1 mit %2 gelöst</translation>
    </message>
    <message>
        <source>Linked %1 to %2: that knot may explain this pain</source>
        <translation>%1 mit %2 verknüpft: Dieser Knoten kann diesen Schmerz erklären</translation>
    </message>
    <message>
        <source>report needs --from DATE --to DATE --out FILE.pdf</source>
        <translation>report braucht --from DATE --to DATE --out FILE.pdf</translation>
    </message>
    <message>
        <source>unknown section &apos;%1&apos; (sections: %2)</source>
        <translation>unbekannter Abschnitt „%1“ (Abschnitte: %2)</translation>
    </message>
    <message>
        <source>--page must be a4 or letter, not &apos;%1&apos;</source>
        <translation>--page muss a4 oder letter sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 muss eine ganze Zahl von %2 bis %3 sein, nicht „%4“</translation>
    </message>
    <message>
        <source>--date &apos;%1&apos; is not a date like 2026-03-01</source>
        <translation>--date „%1“ ist kein Datum wie 2026-03-01</translation>
    </message>
    <message>
        <source>unknown symptom &apos;%1&apos; (see knotmap-cli symptoms)</source>
        <translation>unbekanntes Symptom „%1“ (siehe knotmap-cli symptoms)</translation>
    </message>
    <message>
        <source>log-routine needs --spot KEY or --region ID (one of them)</source>
        <translation>log-routine braucht --spot KEY oder --region ID (eines von beiden)</translation>
    </message>
    <message>
        <source>log-routine needs --technique ID and --duration SECONDS</source>
        <translation>log-routine braucht --technique ID und --duration SECONDS</translation>
    </message>
    <message>
        <source>unknown technique &apos;%1&apos;</source>
        <translation>unbekannte Technik „%1“</translation>
    </message>
    <message>
        <source>there is no spot &apos;%1&apos;</source>
        <translation>es gibt keine Stelle „%1“</translation>
    </message>
    <message>
        <source>Logged %1 on %2 (%3 s)</source>
        <translation>%1 für %2 eingetragen (%3 s)</translation>
    </message>
    <message>
        <source>give --from and --to, or --weeks, not both</source>
        <translation>geben Sie --from und --to oder --weeks an, nicht beides</translation>
    </message>
    <message>
        <source>--weeks must be a whole number from 1 to 5200</source>
        <translation>--weeks muss eine ganze Zahl von 1 bis 5200 sein</translation>
    </message>
    <message>
        <source>--bucket must be day, week or month, not &apos;%1&apos;</source>
        <translation>--bucket muss day, week oder month sein, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>the file could not be read: %1</source>
        <translation>die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file could not be read to its end</source>
        <translation>die Datei konnte nicht bis zum Ende gelesen werden</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>bei einem Feld in Anführungszeichen fehlt das schließende Anführungszeichen</translation>
    </message>
    <message>
        <source>text follows a closing quote; quotes inside a field are doubled</source>
        <translation>nach einem schließenden Anführungszeichen folgt noch Text; Anführungszeichen innerhalb eines Feldes müssen doppelt geschrieben werden</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field; quote the whole field</source>
        <translation>Anführungszeichen in einem Feld, das nicht in Anführungszeichen steht; setzen Sie das ganze Feld in Anführungszeichen</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (save it as UTF-8 and try again)</source>
        <translation>die Datei ist kein UTF-8-Text (speichern Sie sie als UTF-8 und versuchen Sie es erneut)</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>x and y must both be given or both be empty</source>
        <translation>x und y müssen entweder beide angegeben oder beide leer sein</translation>
    </message>
    <message>
        <source>x and y must be numbers from 0 to 1, not &apos;%1&apos; and &apos;%2&apos;</source>
        <translation>x und y müssen Zahlen von 0 bis 1 sein, nicht „%1“ und „%2“</translation>
    </message>
    <message>
        <source>point (%1, %2) is outside the body</source>
        <translation>der Punkt (%1, %2) liegt außerhalb des Körpers</translation>
    </message>
    <message>
        <source>unknown region &apos;%1&apos;</source>
        <translation>unbekannter Bereich „%1“</translation>
    </message>
    <message>
        <source>region &apos;%1&apos; contradicts the point (%2, %3), which lies in &apos;%4&apos;</source>
        <translation>der Bereich „%1“ passt nicht zum Punkt (%2, %3), der in „%4“ liegt</translation>
    </message>
    <message>
        <source>a row needs a region or a point (x, y)</source>
        <translation>eine Zeile braucht einen Bereich oder einen Punkt (x, y)</translation>
    </message>
    <message>
        <source>felt pain needs a known pain area, not &apos;%1&apos;</source>
        <translation>gespürter Schmerz braucht einen bekannten Schmerzbereich; „%1“ ist keiner</translation>
    </message>
    <message>
        <source>felt pain needs its point: x and y from 0 to 1, not &apos;%1&apos; and &apos;%2&apos;</source>
        <translation>gespürter Schmerz braucht seinen Punkt: x und y von 0 bis 1, nicht „%1“ und „%2“</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>%1 Felder erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (a spot is a knot or felt)</source>
        <translation>unbekannter Typ „%1“ (erlaubt sind knot für einen Knoten oder felt für gespürten Schmerz)</translation>
    </message>
    <message>
        <source>pain score &apos;%1&apos; is not a whole number from 0 to 10</source>
        <translation>der Schmerzwert „%1“ ist keine ganze Zahl von 0 bis 10</translation>
    </message>
    <message>
        <source>unknown quality &apos;%1&apos;</source>
        <translation>unbekannte Schmerzart „%1“</translation>
    </message>
    <message>
        <source>spot &apos;%1&apos; is %2 on an earlier line, but %3 here</source>
        <translation>die Stelle „%1“ hat in einer früheren Zeile den Typ %2, hier aber %3</translation>
    </message>
    <message>
        <source>spot &apos;%1&apos; is in &apos;%2&apos; on an earlier line, but in &apos;%3&apos; here</source>
        <translation>die Stelle „%1“ liegt in einer früheren Zeile in „%2“, hier aber in „%3“</translation>
    </message>
    <message>
        <source>spot &apos;%1&apos; has another spot_uuid on an earlier line</source>
        <translation>die Stelle „%1“ hat in einer früheren Zeile eine andere spot_uuid</translation>
    </message>
    <message>
        <source>the first line must be the header %1</source>
        <translation>die erste Zeile muss die Kopfzeile %1 sein</translation>
    </message>
</context>
<context>
    <name>DataTransfer</name>
    <message numerus="yes">
        <source>Exported %Ln rating(s) to %1.</source>
        <translation>
            <numerusform>%Ln Bewertung nach %1 exportiert.</numerusform>
            <numerusform>%Ln Bewertungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln spot(s)</source>
        <translation>
            <numerusform>%Ln Stelle</numerusform>
            <numerusform>%Ln Stellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rating(s)</source>
        <translation>
            <numerusform>%Ln Bewertung</numerusform>
            <numerusform>%Ln Bewertungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln routine step(s)</source>
        <translation>
            <numerusform>%Ln Übungsschritt</numerusform>
            <numerusform>%Ln Übungsschritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln step(s)</source>
        <translation>
            <numerusform>%Ln Schritt</numerusform>
            <numerusform>%Ln Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>the export was cancelled; no file was written</source>
        <translation>der Export wurde abgebrochen; es wurde keine Datei geschrieben</translation>
    </message>
    <message>
        <source>KnotMap ratings %1.csv</source>
        <translation>KnotMap Bewertungen %1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>KnotMap %1.json</source>
        <translation>KnotMap %1.json</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>KnotMap FHIR %1.json</source>
        <translation>KnotMap FHIR %1.json</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR JSON (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Wird nach %1 exportiert…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Not Exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>KnotMap files (*.csv *.json);;All files (*)</source>
        <translation>KnotMap-Dateien (*.csv *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Nothing Imported</source>
        <translation>Nichts importiert</translation>
    </message>
    <message>
        <source>%1 was not imported, because the database is damaged: %2</source>
        <translation>%1 wurde nicht importiert, weil die Datenbank beschädigt ist: %2</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>%1 was not imported, and nothing was changed: %2</source>
        <translation>%1 wurde nicht importiert, es wurde nichts verändert: %2</translation>
    </message>
    <message>
        <source>Import of %1 cancelled; nothing was changed.</source>
        <translation>Import von %1 abgebrochen; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>%1 was not imported, and nothing was changed.</source>
        <translation>%1 wurde nicht importiert, es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Imported %1: %2, %3 and %4 added; %5 and %6 already there.</source>
        <translation>%1 importiert: %2, %3 und %4 hinzugefügt; %5 und %6 waren schon vorhanden.</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>d MMM yyyy</source>
        <comment>Qt date pattern: 25 Oct 2026</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>Qt date pattern: 25 Oct</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>Qt date pattern: Sun 25 Oct 2026</comment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy HH:mm</source>
        <comment>Qt date and time pattern: 25 Oct 2026 14:05</comment>
        <translation>d. MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>Qt date pattern: Sunday 25 October 2026</comment>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>weeks must be from 1 to 520, not %1</source>
        <translation>die Anzahl der Wochen muss zwischen 1 und 520 liegen, nicht bei %1</translation>
    </message>
    <message>
        <source>Long day at the desk.</source>
        <translation>Langer Tag am Schreibtisch.</translation>
    </message>
    <message>
        <source>Better after the ball against the wall.</source>
        <translation>Besser nach dem Massageball an der Wand.</translation>
    </message>
    <message>
        <source>Woke up with it.</source>
        <translation>Damit aufgewacht.</translation>
    </message>
    <message>
        <source>Worse after carrying groceries.</source>
        <translation>Schlimmer nach dem Einkaufentragen.</translation>
    </message>
    <message>
        <source>Stretched at lunch, eased a bit.</source>
        <translation>Mittags gedehnt, etwas besser.</translation>
    </message>
    <message>
        <source>Slept badly.</source>
        <translation>Schlecht geschlafen.</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <source>Show in Folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <source>No file manager could be started; the file is in %1.</source>
        <translation>Es konnte kein Dateimanager gestartet werden; die Datei liegt in %1.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>FileSafety</name>
    <message>
        <source>%1 is KnotMap&apos;s own database (or a file SQLite keeps beside it); choose another file</source>
        <translation>%1 ist die eigene Datenbank von KnotMap (oder eine Datei, die SQLite daneben anlegt); wählen Sie eine andere Datei</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>kein Dateiname angegeben</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name</source>
        <translation>%1 ist ein Ordner; geben Sie einen Dateinamen an</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, pipe or socket); choose a file</source>
        <translation>%1 ist keine normale Datei (sondern ein Gerät, eine Pipe oder ein Socket); wählen Sie eine Datei</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine normale Datei</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>KnotMap User Guide</source>
        <translation>KnotMap-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>About KnotMap</source>
        <translation>Über KnotMap</translation>
    </message>
    <message>
        <source>&lt;h3&gt;KnotMap %1&lt;/h3&gt;&lt;p&gt;A diary for back and neck muscle knots: mark where it hurts, rate it, and follow it over the weeks.&lt;/p&gt;&lt;p&gt;&lt;b&gt;KnotMap is a self-care aid, not a diagnosis.&lt;/b&gt; See a doctor or physiotherapist for numbness, tingling, weakness, fever, unexplained weight loss, or severe pain that does not ease.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later (&lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt;).&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3&lt;/p&gt;&lt;p&gt;Your data: %4&lt;br&gt;Backups: %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;KnotMap %1&lt;/h3&gt;&lt;p&gt;Ein Tagebuch für Muskelknoten in Rücken und Nacken: Markieren Sie, wo es wehtut, bewerten Sie es und verfolgen Sie den Verlauf über die Wochen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;KnotMap ist eine Hilfe zur Selbsthilfe, keine Diagnose.&lt;/b&gt; Bei Taubheit, Kribbeln, Schwäche, Fieber, unerklärtem Gewichtsverlust oder starken Schmerzen, die nicht nachlassen, lassen Sie das bitte ärztlich oder physiotherapeutisch abklären.&lt;/p&gt;&lt;p&gt;Lizenz: GPL-3.0-or-later (&lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License, Version 3 oder später&lt;/a&gt;).&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3&lt;/p&gt;&lt;p&gt;Ihre Daten: %4&lt;br&gt;Sicherungen: %5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>&amp;Willkommen</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About KnotMap</source>
        <translation>Über &amp;KnotMap</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Body map or list: rate or add at the selection</source>
        <translation>Körperkarte oder Liste: an der Auswahl bewerten oder hinzufügen</translation>
    </message>
    <message>
        <source>Body map or list: the selected knot&apos;s menu</source>
        <translation>Körperkarte oder Liste: Menü des ausgewählten Knotens</translation>
    </message>
    <message>
        <source>Editor: set the score</source>
        <translation>Editor: Schmerzwert festlegen</translation>
    </message>
    <message>
        <source>0–9, 1 then 0 for 10</source>
        <translation>0–9, für 10: erst 1, dann 0</translation>
    </message>
    <message>
        <source>Editor: save</source>
        <translation>Editor: speichern</translation>
    </message>
    <message>
        <source>Editor: cancel</source>
        <translation>Editor: abbrechen</translation>
    </message>
    <message>
        <source>Guided player: pause or resume</source>
        <translation>Geführter Timer: pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Body map: the next knot that way</source>
        <translation>Körperkarte: der nächste Knoten in dieser Richtung</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <source>Body map: the next or previous muscle region</source>
        <translation>Körperkarte: der nächste oder vorige Muskelbereich</translation>
    </message>
    <message>
        <source>Body map: mark a knot in that region</source>
        <translation>Körperkarte: einen Knoten in diesem Bereich markieren</translation>
    </message>
    <message>
        <source>Guided player: choose a score</source>
        <translation>Geführter Timer: einen Wert wählen</translation>
    </message>
    <message>
        <source>Left and Right arrows</source>
        <translation>Pfeiltasten links und rechts</translation>
    </message>
    <message>
        <source>user-guide.md</source>
        <comment>the user guide&apos;s file: user-guide.de.md in German</comment>
        <translation>user-guide.de.md</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>… and %1 more problems</source>
        <translation>… und %1 weitere Probleme</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the export of %1 was cancelled; no file was written</source>
        <translation>der Export nach %1 wurde abgebrochen; es wurde keine Datei geschrieben</translation>
    </message>
    <message>
        <source>cannot write %1: the database could not be read</source>
        <translation>%1 kann nicht geschrieben werden: die Datenbank konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>nothing was imported, because the database could not be backed up first: %1</source>
        <translation>es wurde nichts importiert, weil die Datenbank vorher nicht gesichert werden konnte: %1</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was added</source>
        <translation>der Import wurde abgebrochen; es wurde nichts hinzugefügt</translation>
    </message>
    <message>
        <source>the file changed while it was being imported</source>
        <translation>die Datei wurde während des Imports verändert</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 looks like a FHIR bundle: KnotMap exports those but imports only its own CSV and JSON</source>
        <translation>%1 sieht nach einem FHIR-Bundle aus: KnotMap kann solche Dateien exportieren, importiert aber nur seine eigenen CSV- und JSON-Dateien</translation>
    </message>
</context>
<context>
    <name>JsonChecker</name>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be %1 or null, not %2</source>
        <translation>muss %1 oder null sein, ist aber %2</translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation>muss %1 sein, ist aber %2</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>must be a whole number, not %1</source>
        <translation>muss eine ganze Zahl sein, nicht %1</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 ist zu groß</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>muss ein Objekt sein, ist aber %1</translation>
    </message>
</context>
<context>
    <name>JsonExchange</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>not a KnotMap export: the root must be an object, not an array</source>
        <translation>kein KnotMap-Export: die oberste Ebene muss ein Objekt sein, kein Array</translation>
    </message>
    <message>
        <source>not a KnotMap export (&quot;format&quot;: &quot;knotmap&quot;, &quot;version&quot;: 1)</source>
        <translation>kein KnotMap-Export (erwartet: &quot;format&quot;: &quot;knotmap&quot;, &quot;version&quot;: 1)</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (a spot is a &quot;knot&quot; or &quot;felt&quot;)</source>
        <translation>unbekannter Typ „%1“ (erlaubt sind &quot;knot&quot; für einen Knoten oder &quot;felt&quot; für gespürten Schmerz)</translation>
    </message>
    <message>
        <source>spot &apos;%1&apos; is listed twice</source>
        <translation>die Stelle „%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>felt pain needs a known pain area, not &apos;%1&apos;</source>
        <translation>gespürter Schmerz braucht einen bekannten Schmerzbereich; „%1“ ist keiner</translation>
    </message>
    <message>
        <source>point (%1, %2) is off the body</source>
        <translation>der Punkt (%1, %2) liegt außerhalb des Körpers</translation>
    </message>
    <message>
        <source>region &apos;%1&apos; contradicts the point, which lies in &apos;%2&apos;</source>
        <translation>der Bereich „%1“ passt nicht zum Punkt, der in „%2“ liegt</translation>
    </message>
    <message>
        <source>no spot &apos;%1&apos; in the file</source>
        <translation>die Datei enthält keine Stelle „%1“</translation>
    </message>
    <message>
        <source>unknown quality &apos;%1&apos;</source>
        <translation>unbekannte Schmerzart „%1“</translation>
    </message>
    <message>
        <source>unknown region &apos;%1&apos;</source>
        <translation>unbekannter Bereich „%1“</translation>
    </message>
    <message>
        <source>a warning sign needs a name of 1 to 60 characters</source>
        <translation>ein Warnzeichen braucht einen Namen mit 1 bis 60 Zeichen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a day like 2026-03-01</source>
        <translation>„%1“ ist kein Datum in der Form 2026-03-01</translation>
    </message>
    <message>
        <source>unknown level &apos;%1&apos;</source>
        <translation>unbekannte Dringlichkeitsstufe „%1“</translation>
    </message>
    <message>
        <source>spot %1 is a knot, not felt pain</source>
        <translation>die Stelle %1 ist ein Knoten, kein gespürter Schmerz</translation>
    </message>
    <message>
        <source>spot %1 is felt pain, not a knot</source>
        <translation>die Stelle %1 ist gespürter Schmerz, kein Knoten</translation>
    </message>
    <message>
        <source>must be whole seconds since 1970, not %1</source>
        <translation>muss eine ganze Zahl von Sekunden seit 1970 sein, nicht %1</translation>
    </message>
    <message>
        <source>the same link is listed twice</source>
        <translation>dieselbe Verknüpfung ist doppelt aufgeführt</translation>
    </message>
</context>
<context>
    <name>KnotActions</name>
    <message>
        <source>Re&amp;name Knot…</source>
        <translation>Knoten &amp;umbenennen…</translation>
    </message>
    <message>
        <source>Give the selected knot a name; an empty name calls it &quot;Knot n&quot; again</source>
        <translation>Dem ausgewählten Knoten einen Namen geben; ohne Namen heißt er wieder „Knoten n“</translation>
    </message>
    <message>
        <source>Rename Knot</source>
        <translation>Knoten umbenennen</translation>
    </message>
    <message>
        <source>Name (one line, at most %1 characters; empty for &quot;Knot n&quot;):</source>
        <translation>Name (eine Zeile, höchstens %1 Zeichen; leer für „Knoten n“):</translation>
    </message>
    <message>
        <source>&amp;Archive Knot</source>
        <translation>Knoten &amp;archivieren</translation>
    </message>
    <message>
        <source>Hide the selected knot from the map and the list; its ratings are kept</source>
        <translation>Den ausgewählten Knoten auf der Karte und in der Liste ausblenden; seine Bewertungen bleiben erhalten</translation>
    </message>
    <message>
        <source>Knot &amp;History…</source>
        <translation>&amp;Knotenverlauf…</translation>
    </message>
    <message>
        <source>Every rating of the selected knot, newest first: delete one or change its time</source>
        <translation>Alle Bewertungen des ausgewählten Knotens, die neueste zuerst: eine löschen oder ihre Zeit ändern</translation>
    </message>
    <message>
        <source>Archi&amp;ved Knots…</source>
        <translation>Archi&amp;vierte Knoten…</translation>
    </message>
    <message>
        <source>The knots you archived: bring one back to the map and the list</source>
        <translation>Die Knoten, die Sie archiviert haben: einen davon auf die Karte und in die Liste zurückholen</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Latest pain score</source>
        <translation>Letzter Schmerzwert</translation>
    </message>
</context>
<context>
    <name>LinkCommands</name>
    <message>
        <source>Link Knot to Felt Pain</source>
        <translation>Knoten mit gespürtem Schmerz verknüpfen</translation>
    </message>
    <message>
        <source>Unlink Knot from Felt Pain</source>
        <translation>Verknüpfung von Knoten und gespürtem Schmerz lösen</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message numerus="yes">
        <source>rated %1 on %n of the last 7 days</source>
        <translation>
            <numerusform>an %n der letzten 7 Tage mit %1 bewertet</numerusform>
            <numerusform>an %n der letzten 7 Tage mit %1 bewertet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>You linked the pain %1 to your knot in the %2, which may explain it; the knot was %3</source>
        <translation>Sie haben den Schmerz %1 mit Ihrem Knoten im Bereich %2 verknüpft, was ihn erklären kann; der Knoten wurde %3</translation>
    </message>
    <message>
        <source>Pain %1 is often felt from the %2; your knot there was %3</source>
        <translation>Schmerz %1 geht oft vom Bereich %2 aus; Ihr Knoten dort wurde %3</translation>
    </message>
    <message>
        <source>Pain %1 is sometimes felt from the %2; your knot there was %3</source>
        <translation>Schmerz %1 geht manchmal vom Bereich %2 aus; Ihr Knoten dort wurde %3</translation>
    </message>
    <message>
        <source>Pain %1 may be felt from a knot in %2. Press there gently; if you find a tender knot, mark it, and KnotMap will plan for it.</source>
        <translation>Schmerz %1 kann von einem Knoten im Bereich %2 ausgehen. Drücken Sie dort sanft; wenn Sie einen druckempfindlichen Knoten finden, markieren Sie ihn, dann plant KnotMap ihn ein.</translation>
    </message>
    <message numerus="yes">
        <source>The area over the %1: rated on %n of the last 7 days, mean %2</source>
        <translation>
            <numerusform>Bereich %1: an %n der letzten 7 Tage bewertet, Mittelwert %2</numerusform>
            <numerusform>Bereich %1: an %n der letzten 7 Tage bewertet, Mittelwert %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Self-release plan for %1 (%2 of %3 minutes)
</source>
        <translation>Plan zur Selbstbehandlung für %1 (%2 von %3 Minuten)
</translation>
    </message>
    <message>
        <source>KnotMap is a self-care aid, not a diagnosis.
</source>
        <translation>KnotMap ist eine Hilfe zur Selbsthilfe, keine Diagnose.
</translation>
    </message>
    <message>
        <source>
No exercises today.
</source>
        <translation>
Heute keine Übungen.
</translation>
    </message>
    <message>
        <source>
Nothing to do today: no spot was rated in the last 7 days.
</source>
        <translation>
Heute nichts zu tun: In den letzten 7 Tagen wurde keine Stelle bewertet.
</translation>
    </message>
    <message>
        <source>%1 s × %2, %3–%4 days a week</source>
        <translation>%1 s × %2, an %3–%4 Tagen pro Woche</translation>
    </message>
    <message>
        <source>%1 s × %2, on %3–%4 days a week, never two days running</source>
        <translation>%1 s × %2, an %3–%4 Tagen pro Woche, nie an zwei Tagen hintereinander</translation>
    </message>
    <message>
        <source>%1 s × %2, %3× a day</source>
        <translation>%1 s × %2, %3× am Tag</translation>
    </message>
    <message>
        <source>; the latest score is 7 or more, so gentle work only</source>
        <translation>; der letzte Wert ist 7 oder höher, daher nur sanfte Übungen</translation>
    </message>
    <message>
        <source>; the latest score is 3 or less, so strengthening and stretching</source>
        <translation>; der letzte Wert ist 3 oder niedriger, daher Kräftigung und Dehnung</translation>
    </message>
    <message>
        <source>the %1</source>
        <comment>a muscle named in a sentence</comment>
        <translation>%1</translation>
    </message>
    <message>
        <source>at the %1</source>
        <comment>where pain is felt: at the left temple</comment>
        <translation>im Bereich %1</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>KnotMap Is Already Open</source>
        <translation>KnotMap ist bereits geöffnet</translation>
    </message>
    <message>
        <source>KnotMap is already open on %1 in another window (process %2).</source>
        <translation>KnotMap hat %1 bereits in einem anderen Fenster geöffnet (Prozess %2).</translation>
    </message>
    <message>
        <source>You can open it here too: both windows save every change at once and show each other&apos;s within a second, and undo in one window never changes what the other did.</source>
        <translation>Sie können die Datei auch hier öffnen: Beide Fenster speichern jede Änderung sofort und zeigen die Änderungen des anderen Fensters innerhalb einer Sekunde an. „Rückgängig“ in einem Fenster ändert nie, was im anderen Fenster getan wurde.</translation>
    </message>
    <message>
        <source>Open Here Too</source>
        <translation>Auch hier öffnen</translation>
    </message>
</context>
<context>
    <name>Quality</name>
    <message>
        <source>Not specified</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Aching</source>
        <translation>Dumpf-ziehend</translation>
    </message>
    <message>
        <source>Sharp</source>
        <translation>Stechend</translation>
    </message>
    <message>
        <source>Burning</source>
        <translation>Brennend</translation>
    </message>
    <message>
        <source>Tingling</source>
        <translation>Kribbelnd</translation>
    </message>
    <message>
        <source>Numb</source>
        <translation>Taub</translation>
    </message>
    <message>
        <source>Stiff</source>
        <translation>Steif</translation>
    </message>
    <message>
        <source>Shooting</source>
        <translation>Einschießend</translation>
    </message>
</context>
<context>
    <name>Rating</name>
    <message>
        <source>pain score %1 is out of range: it must be from 0 to 10</source>
        <translation>Schmerzwert %1 liegt außerhalb des gültigen Bereichs: Er muss zwischen 0 und 10 liegen</translation>
    </message>
    <message>
        <source>UTC offset of %1 minutes is impossible</source>
        <translation>Eine UTC-Abweichung von %1 Minuten ist nicht möglich</translation>
    </message>
    <message>
        <source>No pain</source>
        <translation>Kein Schmerz</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mäßig</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Stark</translation>
    </message>
</context>
<context>
    <name>RatingCommands</name>
    <message>
        <source>Delete Rating</source>
        <translation>Bewertung löschen</translation>
    </message>
    <message>
        <source>Change Rating Time</source>
        <translation>Bewertungszeit ändern</translation>
    </message>
</context>
<context>
    <name>RecordedTime</name>
    <message>
        <source>&apos;%1&apos; is not a time in ISO 8601 form with a UTC offset, such as 2026-03-01T08:30:00+01:00</source>
        <translation>„%1“ ist keine Zeitangabe im ISO-8601-Format mit UTC-Versatz, etwa 2026-03-01T08:30:00+01:00</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a real date and time</source>
        <translation>„%1“ ist kein gültiges Datum oder keine gültige Uhrzeit</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an impossible UTC offset</source>
        <translation>„%1“ hat einen ungültigen UTC-Versatz</translation>
    </message>
    <message>
        <source>%1 is before 1900; KnotMap keeps dates from 1900 on</source>
        <translation>%1 liegt vor 1900; KnotMap speichert nur Daten ab 1900</translation>
    </message>
    <message>
        <source>%1 is more than a day in the future</source>
        <translation>%1 liegt mehr als einen Tag in der Zukunft</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message numerus="yes">
        <source>%Ln spot(s)</source>
        <translation>
            <numerusform>%Ln Stelle</numerusform>
            <numerusform>%Ln Stellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rating(s)</source>
        <translation>
            <numerusform>%Ln Bewertung</numerusform>
            <numerusform>%Ln Bewertungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be moved aside</source>
        <translation>%1 konnte nicht beiseitegelegt werden</translation>
    </message>
    <message>
        <source>the backup could not be copied to %1</source>
        <translation>die Sicherung konnte nicht nach %1 kopiert werden</translation>
    </message>
    <message>
        <source>KnotMap Cannot Open Your Data</source>
        <translation>KnotMap kann Ihre Daten nicht öffnen</translation>
    </message>
    <message>
        <source>KnotMap cannot use %1.</source>
        <translation>KnotMap kann %1 nicht verwenden.</translation>
    </message>
    <message>
        <source>The problem: %1.</source>
        <translation>Das Problem: %1.</translation>
    </message>
    <message>
        <source>The newest good backup is from %1, with %2 and %3. Restoring it keeps the file above as it is, under another name, so nothing in it is lost.</source>
        <translation>Die neueste intakte Sicherung stammt vom %1, mit %2 und %3. Beim Wiederherstellen bleibt die oben genannte Datei unverändert unter einem anderen Namen erhalten, sodass nichts daraus verloren geht.</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>There is no backup of it. The file is left as it is.</source>
        <translation>Es gibt keine Sicherung davon. Die Datei bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>Open Another File…</source>
        <translation>Andere Datei öffnen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>the file is empty, although KnotMap has backups of it</source>
        <translation>die Datei ist leer, obwohl KnotMap Sicherungen davon hat</translation>
    </message>
    <message>
        <source>there is no backup</source>
        <translation>es gibt keine Sicherung</translation>
    </message>
</context>
<context>
    <name>RedFlags</name>
    <message>
        <source>You recorded numbness, tingling or shooting pain in %1. These may come from a nerve rather than a muscle, so please have them checked by a doctor or physiotherapist in the next few days. KnotMap leaves out pressure there until you tell it they have gone.</source>
        <translation>Sie haben in Ihren Bewertungen Taubheit, Kribbeln oder einschießende Schmerzen angegeben (%1). Diese Beschwerden können von einem Nerv statt von einem Muskel kommen. Lassen Sie sie deshalb bitte in den nächsten Tagen ärztlich oder physiotherapeutisch abklären. Bis Sie KnotMap mitteilen, dass die Beschwerden abgeklungen sind, lässt KnotMap dort Übungen mit Druck weg.</translation>
    </message>
    <message>
        <source>Pain in %1 has been severe (7 or more) on most of the days you rated it in the last two weeks. Pain that stays this high deserves a physiotherapist&apos;s or doctor&apos;s look soon; until then KnotMap suggests only gentle work there.</source>
        <translation>Die Schmerzen (%1) waren in den letzten zwei Wochen an den meisten Tagen, an denen Sie sie bewertet haben, stark (Wert 7 oder mehr). Schmerzen, die so stark bleiben, sollten Sie bald physiotherapeutisch oder ärztlich abklären lassen; bis dahin schlägt KnotMap dort nur sanfte Übungen vor.</translation>
    </message>
    <message>
        <source>Pain has got worse over the last four weeks (%1 to %2), although self-care was logged. That is a good moment to see a physiotherapist or doctor.</source>
        <translation>Die Schmerzen haben in den letzten vier Wochen (%1 bis %2) zugenommen, obwohl Sie Selbsthilfe eingetragen haben. Das ist ein guter Zeitpunkt, sie physiotherapeutisch oder ärztlich abklären zu lassen.</translation>
    </message>
    <message>
        <source>Pain in %1 has got worse over the last four weeks (%2 to %3), although self-care was logged. That is a good moment to see a physiotherapist or doctor; until then KnotMap leaves out pressure there.</source>
        <translation>Die Schmerzen (%1) haben in den letzten vier Wochen (%2 bis %3) zugenommen, obwohl Sie Selbsthilfe eingetragen haben. Das ist ein guter Zeitpunkt, sie physiotherapeutisch oder ärztlich abklären zu lassen; bis dahin lässt KnotMap dort Übungen mit Druck weg.</translation>
    </message>
    <message>
        <source>Over the last four weeks (%1 to %2), with self-care logged every week, the pain showed no clear change. That is a good moment to have a physiotherapist or doctor look at it.</source>
        <translation>In den letzten vier Wochen (%1 bis %2) haben Sie jede Woche Selbsthilfe eingetragen, aber die Schmerzen haben keine klare Veränderung gezeigt. Das ist ein guter Zeitpunkt, sie physiotherapeutisch oder ärztlich abklären zu lassen.</translation>
    </message>
    <message>
        <source>Until then KnotMap leaves out pressure and rolling.</source>
        <translation>Bis dahin lässt KnotMap Übungen mit Druck und das Ausrollen weg.</translation>
    </message>
    <message>
        <source>Numbness, tingling or shooting pain in the ratings</source>
        <translation>Taubheit, Kribbeln oder einschießende Schmerzen in den Bewertungen</translation>
    </message>
    <message>
        <source>Severe pain on most rated days of two weeks</source>
        <translation>Starke Schmerzen an den meisten bewerteten Tagen innerhalb von zwei Wochen</translation>
    </message>
    <message>
        <source>Pain worse over four weeks despite self-care</source>
        <translation>Schmerzen trotz Selbsthilfe innerhalb von vier Wochen schlechter geworden</translation>
    </message>
    <message>
        <source>No clear change after four weeks of self-care</source>
        <translation>Keine klare Veränderung nach vier Wochen Selbsthilfe</translation>
    </message>
    <message>
        <source>the area over the %1</source>
        <translation>Bereich %1</translation>
    </message>
    <message>
        <source>the areas over the %1 and the %2</source>
        <translation>Bereiche %1 und %2</translation>
    </message>
    <message>
        <source>, the </source>
        <translation>, </translation>
    </message>
    <message>
        <source>the %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
</context>
<context>
    <name>Referral</name>
    <message>
        <source>Top of the head, left side</source>
        <translation>Linker Oberkopf</translation>
    </message>
    <message>
        <source>Top of the head, right side</source>
        <translation>Rechter Oberkopf</translation>
    </message>
    <message>
        <source>Back of the head, left side</source>
        <translation>Linker Hinterkopf</translation>
    </message>
    <message>
        <source>Back of the head, right side</source>
        <translation>Rechter Hinterkopf</translation>
    </message>
    <message>
        <source>Left temple</source>
        <translation>Linke Schläfe</translation>
    </message>
    <message>
        <source>Right temple</source>
        <translation>Rechte Schläfe</translation>
    </message>
    <message>
        <source>Left forehead</source>
        <translation>Linke Stirnhälfte</translation>
    </message>
    <message>
        <source>Right forehead</source>
        <translation>Rechte Stirnhälfte</translation>
    </message>
    <message>
        <source>Behind the left eye</source>
        <translation>Hinter dem linken Auge</translation>
    </message>
    <message>
        <source>Behind the right eye</source>
        <translation>Hinter dem rechten Auge</translation>
    </message>
    <message>
        <source>Left jaw</source>
        <translation>Linker Kiefer</translation>
    </message>
    <message>
        <source>Right jaw</source>
        <translation>Rechter Kiefer</translation>
    </message>
    <message>
        <source>Back of the neck, left side</source>
        <translation>Linke Nackenseite</translation>
    </message>
    <message>
        <source>Back of the neck, right side</source>
        <translation>Rechte Nackenseite</translation>
    </message>
    <message>
        <source>Left side of the neck</source>
        <translation>Linke Halsseite</translation>
    </message>
    <message>
        <source>Right side of the neck</source>
        <translation>Rechte Halsseite</translation>
    </message>
    <message>
        <source>Left angle of the neck and shoulder</source>
        <translation>Linker Nacken-Schulter-Übergang</translation>
    </message>
    <message>
        <source>Right angle of the neck and shoulder</source>
        <translation>Rechter Nacken-Schulter-Übergang</translation>
    </message>
    <message>
        <source>Left top of the shoulder</source>
        <translation>Linke Schulteroberseite</translation>
    </message>
    <message>
        <source>Right top of the shoulder</source>
        <translation>Rechte Schulteroberseite</translation>
    </message>
    <message>
        <source>Left front of the shoulder</source>
        <translation>Linke Schultervorderseite</translation>
    </message>
    <message>
        <source>Right front of the shoulder</source>
        <translation>Rechte Schultervorderseite</translation>
    </message>
    <message>
        <source>Left back of the shoulder</source>
        <translation>Linke Schulterrückseite</translation>
    </message>
    <message>
        <source>Right back of the shoulder</source>
        <translation>Rechte Schulterrückseite</translation>
    </message>
    <message>
        <source>Left outer upper arm</source>
        <translation>Linke Oberarmaußenseite</translation>
    </message>
    <message>
        <source>Right outer upper arm</source>
        <translation>Rechte Oberarmaußenseite</translation>
    </message>
    <message>
        <source>Left back of the upper arm</source>
        <translation>Linke Oberarmrückseite</translation>
    </message>
    <message>
        <source>Right back of the upper arm</source>
        <translation>Rechte Oberarmrückseite</translation>
    </message>
    <message>
        <source>Left outer elbow</source>
        <translation>Linke Ellenbogenaußenseite</translation>
    </message>
    <message>
        <source>Right outer elbow</source>
        <translation>Rechte Ellenbogenaußenseite</translation>
    </message>
    <message>
        <source>Left little-finger side of the forearm and hand</source>
        <translation>Linker Unterarm und linke Hand, Kleinfingerseite</translation>
    </message>
    <message>
        <source>Right little-finger side of the forearm and hand</source>
        <translation>Rechter Unterarm und rechte Hand, Kleinfingerseite</translation>
    </message>
    <message>
        <source>Left thumb side of the forearm and hand</source>
        <translation>Linker Unterarm und linke Hand, Daumenseite</translation>
    </message>
    <message>
        <source>Right thumb side of the forearm and hand</source>
        <translation>Rechter Unterarm und rechte Hand, Daumenseite</translation>
    </message>
    <message>
        <source>Left inner edge of the shoulder blade</source>
        <translation>Linkes Schulterblatt, Innenrand</translation>
    </message>
    <message>
        <source>Right inner edge of the shoulder blade</source>
        <translation>Rechtes Schulterblatt, Innenrand</translation>
    </message>
    <message>
        <source>Left lower tip of the shoulder blade</source>
        <translation>Linkes Schulterblatt, untere Spitze</translation>
    </message>
    <message>
        <source>Right lower tip of the shoulder blade</source>
        <translation>Rechtes Schulterblatt, untere Spitze</translation>
    </message>
    <message>
        <source>Between the shoulder blades, left side</source>
        <translation>Zwischen den Schulterblättern, links</translation>
    </message>
    <message>
        <source>Between the shoulder blades, right side</source>
        <translation>Zwischen den Schulterblättern, rechts</translation>
    </message>
    <message>
        <source>Left chest wall</source>
        <translation>Linke Brustwand</translation>
    </message>
    <message>
        <source>Right chest wall</source>
        <translation>Rechte Brustwand</translation>
    </message>
    <message>
        <source>Mid-back, left side</source>
        <translation>Mittlerer Rücken, links</translation>
    </message>
    <message>
        <source>Mid-back, right side</source>
        <translation>Mittlerer Rücken, rechts</translation>
    </message>
    <message>
        <source>Low back, left side</source>
        <translation>Unterer Rücken, links</translation>
    </message>
    <message>
        <source>Low back, right side</source>
        <translation>Unterer Rücken, rechts</translation>
    </message>
    <message>
        <source>Left sacroiliac joint</source>
        <translation>Linkes Kreuz-Darmbein-Gelenk (ISG)</translation>
    </message>
    <message>
        <source>Right sacroiliac joint</source>
        <translation>Rechtes Kreuz-Darmbein-Gelenk (ISG)</translation>
    </message>
    <message>
        <source>Sacrum</source>
        <translation>Kreuzbein</translation>
    </message>
    <message>
        <source>Left buttock</source>
        <translation>Linke Gesäßhälfte</translation>
    </message>
    <message>
        <source>Right buttock</source>
        <translation>Rechte Gesäßhälfte</translation>
    </message>
    <message>
        <source>Left outer hip</source>
        <translation>Linke Hüftaußenseite</translation>
    </message>
    <message>
        <source>Right outer hip</source>
        <translation>Rechte Hüftaußenseite</translation>
    </message>
    <message>
        <source>Left groin</source>
        <translation>Linke Leiste</translation>
    </message>
    <message>
        <source>Right groin</source>
        <translation>Rechte Leiste</translation>
    </message>
    <message>
        <source>Left back of the thigh</source>
        <translation>Linke Oberschenkelrückseite</translation>
    </message>
    <message>
        <source>Right back of the thigh</source>
        <translation>Rechte Oberschenkelrückseite</translation>
    </message>
    <message>
        <source>Left outer thigh and calf</source>
        <translation>Linker Oberschenkel und linke Wade, außen</translation>
    </message>
    <message>
        <source>Right outer thigh and calf</source>
        <translation>Rechter Oberschenkel und rechte Wade, außen</translation>
    </message>
    <message>
        <source>the middle of the free upper edge of the neck-shoulder ridge</source>
        <translation>die Mitte des oberen, frei greifbaren Muskelrands zwischen Nacken und Schulter</translation>
    </message>
    <message>
        <source>the middle of the flat of the shoulder blade, below its spine</source>
        <translation>die Mitte der Schulterblattfläche, unterhalb der Schulterblattgräte</translation>
    </message>
    <message>
        <source>near the inner edge of the shoulder blade (less common)</source>
        <translation>nahe dem Innenrand des Schulterblatts (seltener)</translation>
    </message>
    <message>
        <source>deep, just under the bony ridge at the base of the skull</source>
        <translation>tief, direkt unter der Knochenkante an der Schädelbasis</translation>
    </message>
    <message>
        <source>where the neck meets the shoulder, above the upper corner of the shoulder blade</source>
        <translation>dort, wo der Nacken in die Schulter übergeht, oberhalb des oberen Schulterblattwinkels</translation>
    </message>
    <message>
        <source>upper back of the neck, a little out from the midline, just below the skull (splenius capitis)</source>
        <translation>oberer Nacken, etwas seitlich der Mittellinie, direkt unter dem Schädel (Kopfteil des Riemenmuskels, Splenius capitis)</translation>
    </message>
    <message>
        <source>high on the side of the back of the neck (splenius cervicis)</source>
        <translation>hoch an der Seite des Nackens (Halsteil des Riemenmuskels, Splenius cervicis)</translation>
    </message>
    <message>
        <source>low on the side of the back of the neck, near the angle of neck and shoulder (splenius cervicis; on this map: levator scapulae)</source>
        <translation>tief unten an der Seite des Nackens, nahe dem Nacken-Schulter-Übergang (Halsteil des Riemenmuskels, Splenius cervicis; auf dieser Karte: Schulterblattheber)</translation>
    </message>
    <message>
        <source>beside the neck&apos;s spine at mid-neck (multifidi)</source>
        <translation>neben der Halswirbelsäule, auf halber Höhe des Nackens (Multifidi)</translation>
    </message>
    <message>
        <source>a few centimetres below the skull, beside the spine (semispinalis capitis)</source>
        <translation>einige Zentimeter unter dem Schädel, neben der Wirbelsäule (Halbdornmuskel des Kopfes, Semispinalis capitis)</translation>
    </message>
    <message>
        <source>in the hollow above the spine of the shoulder blade</source>
        <translation>in der Mulde oberhalb der Schulterblattgräte</translation>
    </message>
    <message>
        <source>between the inner edge of the shoulder blade and the spine, high up</source>
        <translation>zwischen dem Innenrand des Schulterblatts und der Wirbelsäule, weit oben</translation>
    </message>
    <message>
        <source>near the outer end of the muscle, close to the bony tip of the shoulder (on this map: supraspinatus)</source>
        <translation>nahe dem äußeren Ende des Muskels, dicht an der knöchernen Schulterspitze (auf dieser Karte: Obergrätenmuskel)</translation>
    </message>
    <message>
        <source>where the lower fibres cross the inner edge of the shoulder blade, near its lower tip</source>
        <translation>dort, wo die unteren Fasern den Innenrand des Schulterblatts kreuzen, nahe seiner unteren Spitze</translation>
    </message>
    <message>
        <source>along the inner edge of the shoulder blade, between it and the spine</source>
        <translation>entlang dem Innenrand des Schulterblatts, zwischen Schulterblatt und Wirbelsäule</translation>
    </message>
    <message>
        <source>the upper part of the outer edge of the shoulder blade, near the back of the armpit</source>
        <translation>der obere Teil des Außenrands des Schulterblatts, nahe der hinteren Achsel</translation>
    </message>
    <message>
        <source>the lower outer edge of the shoulder blade, near its lower tip</source>
        <translation>der untere Außenrand des Schulterblatts, nahe seiner unteren Spitze</translation>
    </message>
    <message>
        <source>in the back fold of the armpit, level with the middle of the shoulder blade (on this map: teres major)</source>
        <translation>in der hinteren Achselfalte, auf Höhe der Schulterblattmitte (auf dieser Karte: großer Rundmuskel)</translation>
    </message>
    <message>
        <source>under the upper part of the shoulder blade (reached with the arm across the chest)</source>
        <translation>unter dem oberen Teil des Schulterblatts (erreichbar, wenn der Arm quer vor der Brust liegt)</translation>
    </message>
    <message>
        <source>in the angle under the lowest rib or above the pelvic rim, outside the back&apos;s long muscles (outer fibres)</source>
        <translation>im Winkel unter der untersten Rippe oder über dem Beckenkamm, seitlich der langen Rückenmuskeln (äußere Fasern)</translation>
    </message>
    <message>
        <source>deeper, nearer the spine at mid lumbar level, under the long back muscles (deep fibres; on this map: lumbar erector spinae)</source>
        <translation>tiefer, näher an der Wirbelsäule auf Höhe der mittleren Lendenwirbelsäule, unter den langen Rückenmuskeln (tiefe Fasern; auf dieser Karte: Rückenstrecker im Lendenbereich)</translation>
    </message>
    <message>
        <source>just below the pelvic rim in the upper outer buttock</source>
        <translation>direkt unter dem Beckenkamm, im oberen äußeren Gesäß</translation>
    </message>
    <message>
        <source>deep mid-buttock, on the line from the sacrum to the top of the thigh bone</source>
        <translation>tief in der Mitte des Gesäßes, auf der Linie vom Kreuzbein zum oberen Ende des Oberschenkelknochens</translation>
    </message>
    <message>
        <source>just below the lowest rib, to the outside (iliocostalis lumborum)</source>
        <translation>direkt unter der untersten Rippe, weiter außen (Darmbein-Rippen-Muskel, Lendenteil)</translation>
    </message>
    <message>
        <source>deep, right beside the lumbar spine (multifidus)</source>
        <translation>tief, direkt neben der Lendenwirbelsäule (Multifidus)</translation>
    </message>
    <message>
        <source>deep in the upper outer buttock, toward the front (front part)</source>
        <translation>tief im oberen äußeren Gesäß, weiter vorn (vorderer Anteil)</translation>
    </message>
    <message>
        <source>deep in the upper outer buttock, nearer the middle (back part)</source>
        <translation>tief im oberen äußeren Gesäß, näher zur Mitte (hinterer Anteil)</translation>
    </message>
    <message>
        <source>in the upper inner buttock beside the sacrum</source>
        <translation>im oberen inneren Gesäß neben dem Kreuzbein</translation>
    </message>
    <message>
        <source>over the sitting bone, low in the buttock</source>
        <translation>über dem Sitzbein, unten im Gesäß</translation>
    </message>
    <message>
        <source>low and inner, near the tailbone</source>
        <translation>unten und innen, nahe dem Steißbein</translation>
    </message>
    <message>
        <source>mid-back at the rib angles, a hand&apos;s width from the spine (iliocostalis thoracis; on this map: lower trapezius)</source>
        <translation>mittlerer Rücken an den Rippenwinkeln, eine Handbreit neben der Wirbelsäule (Darmbein-Rippen-Muskel, Brustteil; auf dieser Karte: unterer Trapezmuskel)</translation>
    </message>
    <message>
        <source>low in the mid-back at the rib angles (iliocostalis thoracis; on this map: latissimus dorsi)</source>
        <translation>unten im mittleren Rücken an den Rippenwinkeln (Darmbein-Rippen-Muskel, Brustteil; auf dieser Karte: breiter Rückenmuskel)</translation>
    </message>
    <message>
        <source>beside the spine low in the mid-back (longissimus thoracis)</source>
        <translation>neben der Wirbelsäule, unten im mittleren Rücken (längster Rückenmuskel, Brustteil)</translation>
    </message>
    <message>
        <source>deep, beside the spine from the lowest lumbar level to the sacrum</source>
        <translation>tief, neben der Wirbelsäule vom untersten Lendenwirbel bis zum Kreuzbein</translation>
    </message>
</context>
<context>
    <name>ReferralAtlas</name>
    <message>
        <source>The referral data is not valid JSON: %1 at offset %2.</source>
        <translation>Die Daten zum ausstrahlenden Schmerz sind kein gültiges JSON: %1 an Position %2.</translation>
    </message>
    <message>
        <source>The referral data is not a JSON object with &quot;areas&quot; and &quot;muscles&quot;.</source>
        <translation>Die Daten zum ausstrahlenden Schmerz sind kein JSON-Objekt mit &quot;areas&quot; und &quot;muscles&quot;.</translation>
    </message>
    <message>
        <source>The referral data has a bad or repeated area &quot;%1&quot;.</source>
        <translation>Die Daten zum ausstrahlenden Schmerz enthalten einen ungültigen oder doppelten Bereich „%1“.</translation>
    </message>
    <message>
        <source>The referral data for %1 names an unknown area &quot;%2&quot;.</source>
        <translation>Die Daten zum ausstrahlenden Schmerz für %1 nennen einen unbekannten Bereich „%2“.</translation>
    </message>
    <message>
        <source>The referral data for %1 says &quot;%2&quot; for how often pain is felt in %3; it must be &quot;often&quot; or &quot;sometimes&quot;.</source>
        <translation>Die Daten zum ausstrahlenden Schmerz für %1 geben „%2“ dafür an, wie oft Schmerz in %3 gespürt wird; erlaubt sind nur &quot;often&quot; oder &quot;sometimes&quot;.</translation>
    </message>
    <message>
        <source>The referral data for %1 has an incomplete knot site.</source>
        <translation>Die Daten zum ausstrahlenden Schmerz für %1 enthalten eine unvollständige Knotenstelle.</translation>
    </message>
    <message>
        <source>The referral data has a bad or repeated muscle &quot;%1&quot;.</source>
        <translation>Die Daten zum ausstrahlenden Schmerz enthalten einen ungültigen oder doppelten Muskel „%1“.</translation>
    </message>
    <message>
        <source>The referral data has no areas or no muscles.</source>
        <translation>Die Daten zum ausstrahlenden Schmerz enthalten keine Bereiche oder keine Muskeln.</translation>
    </message>
    <message>
        <source>The referral data is missing from the program&apos;s resources.</source>
        <translation>Die Daten zum ausstrahlenden Schmerz fehlen in den Ressourcen des Programms.</translation>
    </message>
</context>
<context>
    <name>RegionPanel</name>
    <message>
        <source>Head</source>
        <translation>Kopf</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Nacken</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation>Schultern</translation>
    </message>
    <message>
        <source>Upper arms</source>
        <translation>Oberarme</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Oberer Rücken</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Unterer Rücken</translation>
    </message>
    <message>
        <source>Hips and buttocks</source>
        <translation>Hüften und Gesäß</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>%1 · a self-care diary, not a diagnosis</source>
        <translation>%1 · ein Schmerztagebuch zur Selbsthilfe, keine Diagnose</translation>
    </message>
    <message numerus="yes">
        <source>Mean pain %1 of 10, each rated day counted once (%Ln rating(s)).</source>
        <translation>
            <numerusform>Mittlerer Schmerzwert %1 von 10, jeder bewertete Tag einmal gezählt (%Ln Bewertung).</numerusform>
            <numerusform>Mittlerer Schmerzwert %1 von 10, jeder bewertete Tag einmal gezählt (%Ln Bewertungen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rated on %1 of %n day(s); %2 of them pain-free (every rating 0).</source>
        <translation>
            <numerusform>An %1 von %n Tag bewertet; davon %2 schmerzfrei (jede Bewertung 0).</numerusform>
            <numerusform>An %1 von %n Tagen bewertet; davon %2 schmerzfrei (jede Bewertung 0).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Self-release routines were done on %1 of %n day(s) with a plan (%2%).</source>
        <translation>
            <numerusform>Übungen zur Selbstbehandlung wurden an %1 von %n Tag mit Plan durchgeführt (%2 %).</numerusform>
            <numerusform>Übungen zur Selbstbehandlung wurden an %1 von %n Tagen mit Plan durchgeführt (%2 %).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln earlier note(s)</source>
        <translation>
            <numerusform>und %Ln frühere Notiz</numerusform>
            <numerusform>und %Ln frühere Notizen</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Where it hurt</source>
        <translation>Wo es wehtat</translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>Woche für Woche</translation>
    </message>
    <message>
        <source>Spot by spot</source>
        <translation>Stelle für Stelle</translation>
    </message>
    <message>
        <source>Self-care done</source>
        <translation>Durchgeführte Selbsthilfe</translation>
    </message>
    <message>
        <source>Points to check</source>
        <translation>Zu prüfende Punkte</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>Über diesen Bericht</translation>
    </message>
    <message>
        <source>Back and neck pain diary</source>
        <translation>Schmerztagebuch Rücken und Nacken</translation>
    </message>
    <message>
        <source>%1%2 to %3 · made on %4 with KnotMap</source>
        <translation>%1%2 bis %3 · erstellt am %4 mit KnotMap</translation>
    </message>
    <message>
        <source>No ratings were recorded in this period.</source>
        <translation>In diesem Zeitraum wurden keine Bewertungen erfasst.</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Insgesamt</translation>
    </message>
    <message>
        <source>Knots followed: %1.</source>
        <translation>Ausgewertete Knoten: %1.</translation>
    </message>
    <message>
        <source>No week inside the period was rated on at least %1 days, so no worst or least painful week is named.</source>
        <translation>Keine Woche im Zeitraum wurde an mindestens %1 Tagen bewertet, daher wird keine schlimmste oder schmerzärmste Woche genannt.</translation>
    </message>
    <message>
        <source>Only one week inside the period was rated on at least %1 days: %2 (mean %3).</source>
        <translation>Nur eine Woche im Zeitraum wurde an mindestens %1 Tagen bewertet: %2 (Mittelwert %3).</translation>
    </message>
    <message>
        <source>Worst week: %1 (mean %2). Least painful week: %3 (mean %4).</source>
        <translation>Schlimmste Woche: %1 (Mittelwert %2). Schmerzärmste Woche: %3 (Mittelwert %4).</translation>
    </message>
    <message>
        <source>Knots (discs) and felt pain (diamonds) at their places, filled by the mean score for the period, the worst beside it; pain felt on the front or side is on the front view. Left and right are the person&apos;s own.</source>
        <translation>Knoten (Kreise) und gespürter Schmerz (Rauten) an ihrer Stelle, gefüllt nach dem Mittelwert im Zeitraum, der Höchstwert daneben; vorne oder seitlich gespürter Schmerz ist in der Vorderansicht eingezeichnet. Links und rechts beziehen sich auf die Person selbst.</translation>
    </message>
    <message>
        <source>worst %1</source>
        <translation>Höchstwert %1</translation>
    </message>
    <message>
        <source>Back: knots, and pain felt on the back</source>
        <translation>Rückansicht: Knoten und am Rücken gespürter Schmerz</translation>
    </message>
    <message>
        <source>Front: pain felt on the front and side</source>
        <translation>Vorderansicht: vorne und seitlich gespürter Schmerz</translation>
    </message>
    <message>
        <source>Mean pain score</source>
        <translation>Mittlerer Schmerzwert</translation>
    </message>
    <message>
        <source>All regions: weekly mean, the range from lowest to highest, and the 7-day average.</source>
        <translation>Alle Bereiche: Wochenmittelwert, die Spanne vom niedrigsten bis zum höchsten Wert und der 7-Tage-Durchschnitt.</translation>
    </message>
    <message>
        <source> (felt pain)</source>
        <translation> (gespürter Schmerz)</translation>
    </message>
    <message>
        <source>too few</source>
        <translation>zu wenige</translation>
    </message>
    <message>
        <source>may be felt from the knot in: %1</source>
        <translation>kann von diesem Knoten ausgehen: %1</translation>
    </message>
    <message>
        <source>linked to pain felt at: %1</source>
        <translation>verknüpft mit gespürtem Schmerz an: %1</translation>
    </message>
    <message>
        <source>No spots were rated in this period.</source>
        <translation>In diesem Zeitraum wurden keine Stellen bewertet.</translation>
    </message>
    <message>
        <source>Spot</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Erstmals</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>Höchstwert</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Letzter Wert</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Change: the knot&apos;s mean over the last two weeks it was rated in the period minus its mean over the first two, each day counted once; &quot;too few&quot; when it was not rated on 4 days in each.</source>
        <translation>Veränderung: Mittelwert des Knotens in den letzten zwei Wochen, in denen er im Zeitraum bewertet wurde, minus sein Mittelwert in den ersten zwei, jeder Tag einmal gezählt; „zu wenige“, wenn er nicht in beiden Zeiträumen an je 4 Tagen bewertet wurde.</translation>
    </message>
    <message>
        <source>too little data</source>
        <translation>zu wenig Daten</translation>
    </message>
    <message>
        <source>What went with less pain</source>
        <translation>Was mit weniger Schmerz einherging</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Right after</source>
        <translation>Direkt danach</translation>
    </message>
    <message>
        <source>2 weeks on</source>
        <translation>Nach 2 Wochen</translation>
    </message>
    <message>
        <source>KnotMap asks about warning signs that may need a doctor rather than self-care (listed below), and watches the ratings for some of them. This is what the person reported; it is not a medical check and cannot rule anything out.</source>
        <translation>KnotMap fragt nach Warnzeichen, bei denen eher ärztliche Hilfe als Selbsthilfe nötig sein kann (unten aufgeführt), und prüft die Bewertungen auf einige davon. Hier steht, was die Person angegeben hat; das ist keine medizinische Untersuchung und kann nichts ausschließen.</translation>
    </message>
    <message>
        <source>At the end of the period none of these signs was ticked, and the ratings raised none of KnotMap&apos;s rules.</source>
        <translation>Am Ende des Zeitraums war keines dieser Zeichen angekreuzt, und die Bewertungen haben keine der Regeln von KnotMap ausgelöst.</translation>
    </message>
    <message>
        <source>At the end of the period:</source>
        <translation>Am Ende des Zeitraums:</translation>
    </message>
    <message>
        <source>The signs the person is asked about:</source>
        <translation>Die Warnzeichen, nach denen die Person gefragt wird:</translation>
    </message>
    <message>
        <source>urgent: stop self-care, get emergency help now</source>
        <translation>dringend: Selbsthilfe abbrechen, sofort den Notruf 112 anrufen</translation>
    </message>
    <message>
        <source>no exercise today, a doctor soon</source>
        <translation>heute keine Übungen, bald ärztlich abklären lassen</translation>
    </message>
    <message>
        <source>a professional&apos;s look soon, no pressure work</source>
        <translation>bald fachlich abklären lassen, keine Behandlung mit Druck</translation>
    </message>
    <message>
        <source>Shown by the Routine tab during the period:</source>
        <translation>Im Zeitraum auf dem Tab „Übungen“ angezeigt:</translation>
    </message>
    <message>
        <source>%1 days, %2 to %3</source>
        <translation>%1 Tage, %2 bis %3</translation>
    </message>
    <message>
        <source>No notes in this period.</source>
        <translation>Keine Notizen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source> — all of them are in the CSV export (File › Export Data › Ratings as CSV).</source>
        <translation> — alle stehen im CSV-Export (Datei › Daten exportieren › Bewertungen als CSV).</translation>
    </message>
    <message>
        <source>This report was made by KnotMap from the person&apos;s own diary: where it hurt, how much (0–10) and what they did about it. KnotMap is a self-care aid, not a diagnosis; its regions name possible sources of pain, not findings. Please weigh it alongside your own assessment.</source>
        <translation>Dieser Bericht wurde von KnotMap aus dem eigenen Tagebuch der Person erstellt: wo es wehtat, wie stark (0–10) und was sie dagegen getan hat. KnotMap ist eine Hilfe zur Selbsthilfe, keine Diagnose; die genannten Bereiche bezeichnen mögliche Schmerzquellen, keine Befunde. Bitte ziehen Sie den Bericht ergänzend zu Ihrer eigenen Einschätzung heran.</translation>
    </message>
    <message>
        <source>KnotMap report</source>
        <translation>KnotMap-Bericht</translation>
    </message>
    <message>
        <source>KnotMap report for %1</source>
        <translation>KnotMap-Bericht für %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the report was cancelled; no file was written</source>
        <translation>der Bericht wurde abgebrochen; es wurde keine Datei geschrieben</translation>
    </message>
</context>
<context>
    <name>ReportPrinting</name>
    <message>
        <source>Print Report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <source>the printer could not be started</source>
        <translation>der Drucker konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>the printer stopped after page %1</source>
        <translation>der Drucker hat nach Seite %1 angehalten</translation>
    </message>
    <message>
        <source>the printer did not finish the job</source>
        <translation>der Drucker hat den Auftrag nicht abgeschlossen</translation>
    </message>
</context>
<context>
    <name>RoutineCatalogue</name>
    <message>
        <source>Massage ball</source>
        <translation>Massageball</translation>
    </message>
    <message>
        <source>Foam roller</source>
        <translation>Faszienrolle</translation>
    </message>
    <message>
        <source>No tool</source>
        <translation>Ohne Hilfsmittel</translation>
    </message>
    <message>
        <source>%1 has no %2</source>
        <translation>%1: „%2“ fehlt</translation>
    </message>
    <message>
        <source>%1 has an impossible %2 range</source>
        <translation>%1: unmögliche Spanne für „%2“</translation>
    </message>
    <message>
        <source>%1 has an unknown value &apos;%2&apos;</source>
        <translation>%1: unbekannter Wert „%2“</translation>
    </message>
    <message>
        <source>the routine catalogue is not valid JSON: %1</source>
        <translation>der Übungskatalog ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>the routine catalogue has an unknown version</source>
        <translation>der Übungskatalog hat eine unbekannte Version</translation>
    </message>
    <message>
        <source>a source</source>
        <translation>eine Quelle</translation>
    </message>
    <message>
        <source>a technique</source>
        <translation>eine Technik</translation>
    </message>
    <message>
        <source>technique &apos;%1&apos;</source>
        <translation>Technik „%1“</translation>
    </message>
    <message>
        <source>%1 has a malformed or repeated id</source>
        <translation>%1: fehlerhafte oder doppelte ID</translation>
    </message>
    <message>
        <source>%1 has no rest time</source>
        <translation>%1: keine Pausenzeit angegeben</translation>
    </message>
    <message>
        <source>%1 has more than 7 days a week</source>
        <translation>%1: mehr als 7 Tage pro Woche</translation>
    </message>
    <message>
        <source>%1 has an impossible age for older adults</source>
        <translation>%1: unmögliches Alter für ältere Erwachsene</translation>
    </message>
    <message>
        <source>%1 presses on tissue but says nothing about soreness afterwards</source>
        <translation>%1: arbeitet mit Druck auf das Gewebe, sagt aber nichts über Muskelkater danach</translation>
    </message>
    <message>
        <source>%1 cites an unknown source &apos;%2&apos;</source>
        <translation>%1: nennt eine unbekannte Quelle „%2“</translation>
    </message>
    <message>
        <source>a muscle</source>
        <translation>ein Muskel</translation>
    </message>
    <message>
        <source>the routine catalogue lists muscle &apos;%1&apos; twice</source>
        <translation>der Übungskatalog führt den Muskel „%1“ doppelt auf</translation>
    </message>
    <message>
        <source>muscle &apos;%1&apos; uses an unknown technique &apos;%2&apos;</source>
        <translation>Muskel „%1“ verwendet eine unbekannte Technik „%2“</translation>
    </message>
    <message>
        <source>muscle &apos;%1&apos; has no steps</source>
        <translation>Muskel „%1“ hat keine Schritte</translation>
    </message>
    <message>
        <source>the routine catalogue has nothing for &apos;%1&apos;</source>
        <translation>der Übungskatalog enthält nichts für „%1“</translation>
    </message>
    <message>
        <source>the routine catalogue is missing from the program&apos;s resources</source>
        <translation>der Übungskatalog fehlt in den Ressourcen des Programms</translation>
    </message>
</context>
<context>
    <name>RoutineLog</name>
    <message>
        <source>a routine step needs a region</source>
        <translation>ein Übungsschritt braucht einen Bereich</translation>
    </message>
    <message>
        <source>a routine step needs a technique</source>
        <translation>ein Übungsschritt braucht eine Technik</translation>
    </message>
    <message>
        <source>a routine step cannot last a negative time</source>
        <translation>ein Übungsschritt kann keine negative Dauer haben</translation>
    </message>
</context>
<context>
    <name>ShownText</name>
    <message>
        <source>yes</source>
        <comment>Does a name inside a sentence start with a small letter? English: yes (&quot;the left upper trapezius&quot;). Answer yes or no; German: no.</comment>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>Spot</name>
    <message>
        <source>&apos;%1&apos; is not a valid spot key: use 1–64 lower-case letters, digits, dots, dashes or underscores</source>
        <translation>„%1“ ist kein gültiger Schlüssel für eine Stelle: Verwenden Sie 1–64 Kleinbuchstaben, Ziffern, Punkte, Bindestriche oder Unterstriche</translation>
    </message>
    <message>
        <source>Felt pain %1</source>
        <translation>Gespürter Schmerz %1</translation>
    </message>
    <message>
        <source>Knot %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <source>point (%1, %2) is off the diagram: x and y run from 0 to 1</source>
        <translation>Punkt (%1, %2) liegt außerhalb des Diagramms: x und y reichen von 0 bis 1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a spot UUID such as 6f1c2a9e-0b4d-4c55-9f0e-2d8f7a3b91c4</source>
        <translation>„%1“ ist keine UUID einer Stelle wie 6f1c2a9e-0b4d-4c55-9f0e-2d8f7a3b91c4</translation>
    </message>
</context>
<context>
    <name>SpotCommands</name>
    <message>
        <source>Add Spot</source>
        <translation>Stelle hinzufügen</translation>
    </message>
    <message>
        <source>Add Felt Pain</source>
        <translation>Gespürten Schmerz hinzufügen</translation>
    </message>
    <message>
        <source>Rate Spot</source>
        <translation>Stelle bewerten</translation>
    </message>
    <message>
        <source>Edit Rating</source>
        <translation>Bewertung bearbeiten</translation>
    </message>
    <message>
        <source>Move Spot</source>
        <translation>Stelle verschieben</translation>
    </message>
    <message>
        <source>Delete Spot</source>
        <translation>Stelle löschen</translation>
    </message>
</context>
<context>
    <name>SpotDetailCommands</name>
    <message>
        <source>Rename Knot</source>
        <translation>Knoten umbenennen</translation>
    </message>
    <message>
        <source>Archive Knot</source>
        <translation>Knoten archivieren</translation>
    </message>
    <message>
        <source>Bring Back Knot</source>
        <translation>Knoten zurückholen</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>database error: %1</source>
        <translation>Datenbankfehler: %1</translation>
    </message>
    <message>
        <source>KnotMap&apos;s table of felt-pain areas could not be read: %1</source>
        <translation>die Tabelle der Schmerzbereiche von KnotMap konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 ist keine Datei</translation>
    </message>
    <message>
        <source>%1 is read-only; KnotMap saves every change at once, so it needs to write there</source>
        <translation>%1 ist schreibgeschützt; KnotMap speichert jede Änderung sofort und muss deshalb in die Datei schreiben können</translation>
    </message>
    <message>
        <source>the folder %1 is read-only; SQLite needs to write its journal beside the database</source>
        <translation>der Ordner %1 ist schreibgeschützt; SQLite muss neben der Datenbank sein Journal anlegen können</translation>
    </message>
    <message>
        <source>the file is damaged (SQLite&apos;s check reports: %1); KnotMap does not write into a damaged file</source>
        <translation>die Datei ist beschädigt (die Prüfung durch SQLite meldet: %1); KnotMap schreibt nicht in eine beschädigte Datei</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>In %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the file is not there</source>
        <translation>die Datei ist nicht vorhanden</translation>
    </message>
    <message>
        <source>the file has not been opened by this KnotMap yet</source>
        <translation>die Datei wurde von dieser KnotMap-Version noch nicht geöffnet</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>kein Dateiname angegeben</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is missing (Debian package libqt6sql6-sqlite)</source>
        <translation>der SQLite-Treiber von Qt fehlt (Debian-Paket libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>it was not upgraded, because it could not be backed up first: %1</source>
        <translation>die Datenbank wurde nicht auf die neue Version umgestellt, weil sie vorher nicht gesichert werden konnte: %1</translation>
    </message>
    <message>
        <source>SQLite could not switch the file to write-ahead logging (it reports &apos;%1&apos;)</source>
        <translation>SQLite konnte die Datei nicht auf Write-Ahead-Logging (WAL) umstellen (Meldung: „%1“)</translation>
    </message>
    <message>
        <source>the file is a SQLite database of another program, not a KnotMap database</source>
        <translation>die Datei ist eine SQLite-Datenbank eines anderen Programms, keine KnotMap-Datenbank</translation>
    </message>
    <message>
        <source>the database was written by a newer KnotMap (schema %1; this version reads up to %2)</source>
        <translation>die Datenbank stammt von einer neueren KnotMap-Version (Schema %1; diese Version liest bis Schema %2)</translation>
    </message>
    <message>
        <source>a rating or routine step refers to a spot that is not there</source>
        <translation>eine Bewertung oder ein Übungsschritt verweist auf eine Stelle, die es nicht gibt</translation>
    </message>
    <message>
        <source>upgrading the database to schema %1 failed: %2</source>
        <translation>die Umstellung der Datenbank auf Schema %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the database is locked by another program; close it and try again</source>
        <translation>die Datenbank ist von einem anderen Programm gesperrt; schließen Sie dieses Programm und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the database file or its folder is read-only</source>
        <translation>die Datenbankdatei oder ihr Ordner ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the file is damaged or is not a KnotMap database</source>
        <translation>die Datei ist beschädigt oder keine KnotMap-Datenbank</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the database file cannot be opened</source>
        <translation>die Datenbankdatei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>the database refused a value that breaks its rules (%1)</source>
        <translation>die Datenbank hat einen Wert abgelehnt, der gegen ihre Regeln verstößt (%1)</translation>
    </message>
</context>
<context>
    <name>Symptoms</name>
    <message>
        <source>New trouble passing or holding urine or stools, numbness around the back passage or genitals, or new problems with sexual function</source>
        <translation>Neue Schwierigkeiten, Urin oder Stuhl zu lassen oder zu halten, Taubheit rund um den After oder im Genitalbereich oder neue Probleme mit der Sexualfunktion</translation>
    </message>
    <message>
        <source>Go to an emergency department now, or call your local emergency number (112 in Europe, 999 in the UK, 911 in North America). With back pain, these signs may mean the nerves at the base of the spine are pressed, which needs a doctor within hours. Do not wait to see if it passes.</source>
        <translation>Gehen Sie sofort in eine Notaufnahme oder rufen Sie den Notruf 112 an. Zusammen mit Rückenschmerzen können diese Zeichen bedeuten, dass die Nerven am unteren Ende der Wirbelsäule eingeengt sind; das muss innerhalb weniger Stunden ärztlich untersucht werden. Warten Sie nicht ab, ob es vorübergeht.</translation>
    </message>
    <message>
        <source>Numbness, tingling, weakness or pain running down both legs</source>
        <translation>Taubheit, Kribbeln, Schwäche oder Schmerzen, die in beide Beine ausstrahlen</translation>
    </message>
    <message>
        <source>Go to an emergency department now, or call your local emergency number (112 in Europe, 999 in the UK, 911 in North America). Signs in both legs may come from the nerves in the spine, not a muscle. Do not wait to see if it passes.</source>
        <translation>Gehen Sie sofort in eine Notaufnahme oder rufen Sie den Notruf 112 an. Beschwerden in beiden Beinen können von den Nerven in der Wirbelsäule kommen, nicht von einem Muskel. Warten Sie nicht ab, ob es vorübergeht.</translation>
    </message>
    <message>
        <source>Weakness that is getting worse, or a change in the way you walk</source>
        <translation>Schwäche, die zunimmt, oder eine Veränderung beim Gehen</translation>
    </message>
    <message>
        <source>Go to an emergency department now, or call your local emergency number (112 in Europe, 999 in the UK, 911 in North America). Weakness that grows may come from a nerve or the spine. Do not wait to see if it passes.</source>
        <translation>Gehen Sie sofort in eine Notaufnahme oder rufen Sie den Notruf 112 an. Zunehmende Schwäche kann von einem Nerv oder von der Wirbelsäule kommen. Warten Sie nicht ab, ob es vorübergeht.</translation>
    </message>
    <message>
        <source>With neck pain: dizziness, double vision, trouble speaking or swallowing, sudden falls without fainting, or clumsy hands</source>
        <translation>Bei Nackenschmerzen: Schwindel, Doppeltsehen, Schwierigkeiten beim Sprechen oder Schlucken, plötzliches Hinfallen ohne Ohnmacht oder ungeschickte Hände</translation>
    </message>
    <message>
        <source>Call your local emergency number now (112 in Europe, 999 in the UK, 911 in North America). With neck pain these signs may involve a blood vessel or the spinal cord. Do not press on, stretch or twist your neck.</source>
        <translation>Rufen Sie sofort den Notruf 112 an. Zusammen mit Nackenschmerzen können diese Zeichen mit einem Blutgefäß oder dem Rückenmark zusammenhängen. Drücken Sie nicht auf Ihren Nacken, und dehnen oder drehen Sie ihn nicht.</translation>
    </message>
    <message>
        <source>A sudden, severe headache, the worst you have had</source>
        <translation>Plötzliche, sehr starke Kopfschmerzen, die schlimmsten, die Sie je hatten</translation>
    </message>
    <message>
        <source>Call your local emergency number now (112 in Europe, 999 in the UK, 911 in North America). A sudden, severe headache needs a doctor straight away.</source>
        <translation>Rufen Sie sofort den Notruf 112 an. Plötzliche, sehr starke Kopfschmerzen müssen sofort ärztlich untersucht werden.</translation>
    </message>
    <message>
        <source>Chest pain, or pain in the upper back, left shoulder, arm or jaw that comes on with effort or with breathlessness, sweating or feeling sick</source>
        <translation>Schmerzen in der Brust oder Schmerzen im oberen Rücken, in der linken Schulter, im Arm oder im Kiefer, die bei Anstrengung auftreten oder mit Atemnot, Schwitzen oder Übelkeit einhergehen</translation>
    </message>
    <message>
        <source>Call your local emergency number now (112 in Europe, 999 in the UK, 911 in North America) and do not drive yourself. This kind of pain may come from the heart or lungs.</source>
        <translation>Rufen Sie sofort den Notruf 112 an, und fahren Sie nicht selbst Auto. Diese Art von Schmerz kann vom Herzen oder von der Lunge kommen.</translation>
    </message>
    <message>
        <source>Fever, or feeling unwell with the pain</source>
        <translation>Fieber oder ein Krankheitsgefühl zusammen mit den Schmerzen</translation>
    </message>
    <message>
        <source>Please see a doctor in the next day or two, sooner if you feel worse. Pain that goes with a fever or feeling unwell needs a doctor&apos;s look before any exercise, so KnotMap suggests none today.</source>
        <translation>Bitte lassen Sie das in den nächsten ein bis zwei Tagen ärztlich abklären, früher, wenn es Ihnen schlechter geht. Schmerzen mit Fieber oder Krankheitsgefühl sollten ärztlich untersucht werden, bevor Sie Übungen machen; deshalb schlägt KnotMap heute keine Übungen vor.</translation>
    </message>
    <message>
        <source>Weakness, numbness or pins and needles in one arm or one leg</source>
        <translation>Schwäche, Taubheit oder Kribbeln in einem Arm oder einem Bein</translation>
    </message>
    <message>
        <source>Have this checked by a doctor or physiotherapist in the next few days; it may come from a nerve rather than a muscle.</source>
        <translation>Lassen Sie das in den nächsten Tagen ärztlich oder physiotherapeutisch abklären; es kann von einem Nerv statt von einem Muskel kommen.</translation>
    </message>
    <message>
        <source>Weight loss you cannot explain</source>
        <translation>Gewichtsverlust, den Sie sich nicht erklären können</translation>
    </message>
    <message>
        <source>Pain that goes with weight loss you cannot explain should be seen by a doctor in the next few days.</source>
        <translation>Schmerzen zusammen mit einem Gewichtsverlust, den Sie sich nicht erklären können, sollten Sie in den nächsten Tagen ärztlich abklären lassen.</translation>
    </message>
    <message>
        <source>The pain began with a fall or an injury</source>
        <translation>Die Schmerzen haben mit einem Sturz oder einer Verletzung begonnen</translation>
    </message>
    <message>
        <source>Pain that began with a fall or an injury should be checked by a doctor or physiotherapist before you press on it.</source>
        <translation>Schmerzen, die mit einem Sturz oder einer Verletzung begonnen haben, sollten Sie ärztlich oder physiotherapeutisch abklären lassen, bevor Sie auf die Stelle drücken.</translation>
    </message>
    <message>
        <source>Pain that is worse at night or at rest, and that changing position does not ease</source>
        <translation>Schmerzen, die nachts oder in Ruhe stärker sind und die auch ein Lagewechsel nicht lindert</translation>
    </message>
    <message>
        <source>Pain that is worse at night or at rest, and that no position eases, should be checked by a doctor in the next few days.</source>
        <translation>Schmerzen, die nachts oder in Ruhe stärker sind und die sich in keiner Lage lindern lassen, sollten Sie in den nächsten Tagen ärztlich abklären lassen.</translation>
    </message>
    <message>
        <source>You have had cancer</source>
        <translation>Sie hatten eine Krebserkrankung</translation>
    </message>
    <message>
        <source>With a history of cancer, new or changing back or neck pain should be checked by your doctor in the next few days.</source>
        <translation>Wenn Sie eine Krebserkrankung hatten, lassen Sie neue oder sich verändernde Rücken- oder Nackenschmerzen bitte in den nächsten Tagen ärztlich abklären.</translation>
    </message>
    <message>
        <source>This pain is new to you and began after the age of 50, or before 20</source>
        <translation>Diese Schmerzen sind neu für Sie und haben nach Ihrem 50. oder vor Ihrem 20. Geburtstag begonnen</translation>
    </message>
    <message>
        <source>New back or neck pain that starts after 50, or before 20, is worth a doctor&apos;s look in the next few weeks.</source>
        <translation>Neue Rücken- oder Nackenschmerzen, die nach dem 50. oder vor dem 20. Geburtstag beginnen, sollten Sie in den nächsten Wochen ärztlich abklären lassen.</translation>
    </message>
    <message>
        <source>Osteoporosis (thin bones), or you have taken steroid tablets for months</source>
        <translation>Osteoporose (Knochenschwund), oder Sie haben monatelang Kortisontabletten eingenommen</translation>
    </message>
    <message>
        <source>With thin bones or long use of steroid tablets, firm pressure may injure weakened bones. See a doctor about the pain in the next few days.</source>
        <translation>Bei Knochenschwund oder langer Einnahme von Kortisontabletten kann fester Druck die geschwächten Knochen verletzen. Lassen Sie die Schmerzen in den nächsten Tagen ärztlich abklären.</translation>
    </message>
    <message>
        <source>A weakened immune system (from an illness or medicines), or you inject drugs</source>
        <translation>Ein geschwächtes Immunsystem (durch eine Krankheit oder Medikamente), oder Sie spritzen sich Drogen</translation>
    </message>
    <message>
        <source>With a weakened immune system, or after injecting drugs, back or neck pain should be checked by a doctor in the next few days.</source>
        <translation>Bei einem geschwächten Immunsystem oder nach dem Spritzen von Drogen sollten Sie Rücken- oder Nackenschmerzen in den nächsten Tagen ärztlich abklären lassen.</translation>
    </message>
    <message>
        <source>The pain makes everyday tasks hard, such as dressing, washing or working</source>
        <translation>Die Schmerzen erschweren alltägliche Dinge wie Anziehen, Waschen oder Arbeiten</translation>
    </message>
    <message>
        <source>Pain that gets in the way of everyday life deserves a physiotherapist&apos;s or doctor&apos;s look in the next few weeks.</source>
        <translation>Schmerzen, die Sie im Alltag einschränken, sollten Sie in den nächsten Wochen physiotherapeutisch oder ärztlich abklären lassen.</translation>
    </message>
    <message>
        <source>Get medical help now</source>
        <translation>Sofort medizinische Hilfe holen</translation>
    </message>
    <message>
        <source>No exercises today: see a doctor soon</source>
        <translation>Heute keine Übungen: bald ärztlich abklären lassen</translation>
    </message>
    <message>
        <source>Worth a professional&apos;s look soon</source>
        <translation>Bald fachlich abklären lassen</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Week of %1</source>
        <translation>Woche ab %1</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangslage</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Pain score (0–10)</source>
        <translation>Schmerzwert (0–10)</translation>
    </message>
    <message>
        <source>No ratings in this period</source>
        <translation>Keine Bewertungen in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Daily mean</source>
        <translation>Tagesmittelwert</translation>
    </message>
    <message>
        <source>Weekly mean</source>
        <translation>Wochenmittelwert</translation>
    </message>
    <message>
        <source>Monthly mean</source>
        <translation>Monatsmittelwert</translation>
    </message>
    <message>
        <source>Lowest to highest</source>
        <translation>Niedrigster bis höchster Wert</translation>
    </message>
    <message>
        <source>7-day average</source>
        <translation>7-Tage-Durchschnitt</translation>
    </message>
    <message>
        <source>Each rating</source>
        <translation>Einzelne Bewertungen</translation>
    </message>
</context>
<context>
    <name>Trends</name>
    <message numerus="yes">
        <source>%n knot(s) followed</source>
        <translation>
            <numerusform>%n Knoten ausgewertet</numerusform>
            <numerusform>%n Knoten ausgewertet</numerusform>
        </translation>
    </message>
    <message>
        <source>better</source>
        <translation>besser</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>schlechter</translation>
    </message>
    <message>
        <source>no clear change</source>
        <translation>keine klare Veränderung</translation>
    </message>
    <message>
        <source>%1: not enough ratings yet to tell (needs ratings on at least 4 days in the first and in the last two weeks of the data, for at least one knot)</source>
        <translation>%1: noch nicht genug Bewertungen für eine Aussage (nötig sind Bewertungen an mindestens 4 Tagen in den ersten und in den letzten zwei Wochen der Daten, für mindestens einen Knoten)</translation>
    </message>
    <message>
        <source>%1: %2 — %3 → %4</source>
        <translation>%1: %2 — %3 → %4</translation>
    </message>
    <message>
        <source>KnotMap compares, knot by knot, the first two weeks of the ratings in the period with the last two. Each day counts once; a knot is followed when it was rated on at least 4 days in each, and a change counts when it is at least 30% and 1 point.</source>
        <translation>KnotMap vergleicht Knoten für Knoten die ersten zwei Wochen der Bewertungen im Zeitraum mit den letzten zwei. Jeder Tag zählt einmal; ein Knoten wird ausgewertet, wenn er in beiden Zeiträumen an mindestens 4 Tagen bewertet wurde, und eine Veränderung zählt, wenn sie mindestens 30 % und 1 Punkt beträgt.</translation>
    </message>
    <message>
        <source>Knot by knot, the first two weeks of the ratings (%1–%2, %3 ratings of the knots followed) against the last two (%4–%5, %6 ratings); each day counts once, and a knot is followed when it was rated on at least 4 days in each. A change counts when it is at least 30% and 1 point. A self-care diary, not a diagnosis.</source>
        <translation>Knoten für Knoten: die ersten zwei Wochen der Bewertungen (%1–%2, %3 Bewertungen der ausgewerteten Knoten) im Vergleich zu den letzten zwei (%4–%5, %6 Bewertungen); jeder Tag zählt einmal, und ein Knoten wird ausgewertet, wenn er in beiden Zeiträumen an mindestens 4 Tagen bewertet wurde. Eine Veränderung zählt, wenn sie mindestens 30 % und 1 Punkt beträgt. Ein Schmerztagebuch zur Selbsthilfe, keine Diagnose.</translation>
    </message>
</context>
<context>
    <name>knotmap::KnotStore</name>
    <message>
        <source>point (%1, %2) is outside the body</source>
        <translation>der Punkt (%1, %2) liegt außerhalb des Körpers</translation>
    </message>
    <message>
        <source>a spot with the key &apos;%1&apos; already exists</source>
        <translation>eine Stelle mit dem Schlüssel „%1“ gibt es bereits</translation>
    </message>
    <message>
        <source>there is no spot with id %1</source>
        <translation>es gibt keine Stelle mit der ID %1</translation>
    </message>
    <message>
        <source>a rating cannot change its id or its spot</source>
        <translation>bei einer Bewertung lassen sich ID und Stelle nicht ändern</translation>
    </message>
    <message>
        <source>the rating is no longer there (it was deleted elsewhere)</source>
        <translation>die Bewertung ist nicht mehr vorhanden (sie wurde in einem anderen Fenster oder Programm gelöscht)</translation>
    </message>
    <message>
        <source>the rating was changed elsewhere in the meantime; it was left as it is</source>
        <translation>die Bewertung wurde inzwischen in einem anderen Fenster oder Programm geändert; sie bleibt, wie sie ist</translation>
    </message>
    <message>
        <source>there is no rating with id %1</source>
        <translation>es gibt keine Bewertung mit der ID %1</translation>
    </message>
    <message>
        <source>its spot is no longer there (it was deleted elsewhere)</source>
        <translation>die zugehörige Stelle ist nicht mehr vorhanden (sie wurde in einem anderen Fenster oder Programm gelöscht)</translation>
    </message>
    <message>
        <source>the spot was moved elsewhere in the meantime; it was left there</source>
        <translation>die Stelle wurde inzwischen in einem anderen Fenster oder Programm verschoben; sie bleibt an ihrem neuen Platz</translation>
    </message>
    <message>
        <source>spot &apos;%1&apos; is in the database again already (brought back by an import or another program), so it was not put back twice</source>
        <translation>die Stelle „%1“ ist bereits wieder in der Datenbank (durch einen Import oder ein anderes Programm zurückgeholt) und wurde deshalb nicht ein zweites Mal eingefügt</translation>
    </message>
    <message>
        <source>a knot&apos;s name is one line, without line breaks or tabs</source>
        <translation>der Name eines Knotens besteht aus einer einzigen Zeile, ohne Zeilenumbrüche oder Tabulatoren</translation>
    </message>
    <message>
        <source>a knot&apos;s name has at most %1 characters; this one has %2</source>
        <translation>der Name eines Knotens hat höchstens %1 Zeichen; dieser hat %2</translation>
    </message>
    <message>
        <source>the knot was renamed elsewhere in the meantime; its name was left as it is</source>
        <translation>der Knoten wurde inzwischen in einem anderen Fenster oder Programm umbenannt; sein Name bleibt, wie er ist</translation>
    </message>
    <message>
        <source>the knot was archived or brought back elsewhere in the meantime; it was left as it is</source>
        <translation>der Knoten wurde inzwischen in einem anderen Fenster oder Programm archiviert oder zurückgeholt; er bleibt, wie er ist</translation>
    </message>
    <message>
        <source>a knot keeps at least one rating; delete the knot instead</source>
        <translation>ein Knoten behält mindestens eine Bewertung; löschen Sie stattdessen den Knoten</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known pain area</source>
        <translation>„%1“ ist kein bekannter Schmerzbereich</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a knot, not felt pain</source>
        <translation>„%1“ ist ein Knoten, kein gespürter Schmerz</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is felt pain, not a knot</source>
        <translation>„%1“ ist gespürter Schmerz, kein Knoten</translation>
    </message>
    <message>
        <source>&apos;%1&apos; and &apos;%2&apos; are already linked</source>
        <translation>„%1“ und „%2“ sind bereits verknüpft</translation>
    </message>
    <message>
        <source>spots %1 and %2 are not linked (perhaps undone elsewhere)</source>
        <translation>die Stellen %1 und %2 sind nicht verknüpft (vielleicht wurde die Verknüpfung in einem anderen Fenster oder Programm aufgehoben)</translation>
    </message>
    <message>
        <source>a warning sign needs a name of 1 to 60 characters</source>
        <translation>ein Warnzeichen braucht einen Namen mit 1 bis 60 Zeichen</translation>
    </message>
    <message>
        <source>felt pain</source>
        <translation>gespürter Schmerz</translation>
    </message>
    <message>
        <source>a knot</source>
        <translation>ein Knoten</translation>
    </message>
    <message>
        <source>spot &apos;%1&apos; is %2 in the file but %3 in the database</source>
        <translation>die Stelle „%1“ ist in der Datei %2, in der Datenbank aber %3</translation>
    </message>
    <message>
        <source>spot &apos;%1&apos; is already in the database in &apos;%2&apos;, not in &apos;%3&apos;</source>
        <translation>die Stelle „%1“ ist bereits in der Datenbank, und zwar in „%2“, nicht in „%3“</translation>
    </message>
    <message>
        <source>the file changed while it was being imported</source>
        <translation>die Datei wurde während des Imports verändert</translation>
    </message>
    <message>
        <source>a link names spot %1, which is neither in the file nor in the database</source>
        <translation>eine Verknüpfung nennt die Stelle %1, die weder in der Datei noch in der Datenbank vorkommt</translation>
    </message>
    <message>
        <source>a link&apos;s knot &apos;%1&apos; is felt pain, not a knot</source>
        <translation>der Knoten „%1“ einer Verknüpfung ist gespürter Schmerz, kein Knoten</translation>
    </message>
    <message>
        <source>a link&apos;s felt pain &apos;%1&apos; is a knot, not felt pain</source>
        <translation>der gespürte Schmerz „%1“ einer Verknüpfung ist ein Knoten, kein gespürter Schmerz</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was added</source>
        <translation>der Import wurde abgebrochen; es wurde nichts hinzugefügt</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>this build&apos;s SQLite driver cannot restore backups (Qt and KnotMap use different SQLite libraries)</source>
        <translation>der SQLite-Treiber dieser Programmversion kann keine Sicherungen wiederherstellen (Qt und KnotMap verwenden unterschiedliche SQLite-Bibliotheken)</translation>
    </message>
    <message>
        <source>nothing was restored, because the database as it is now could not be backed up first: %1</source>
        <translation>es wurde nichts wiederhergestellt, weil der jetzige Stand der Datenbank vorher nicht gesichert werden konnte: %1</translation>
    </message>
    <message>
        <source>the backup could not be restored (%1); the database is as it was</source>
        <translation>die Sicherung konnte nicht wiederhergestellt werden (%1); die Datenbank ist unverändert</translation>
    </message>
</context>
<context>
    <name>knotmap::ui::ArchivedKnotsDialog</name>
    <message>
        <source>No knot is archived.</source>
        <translation>Es ist kein Knoten archiviert.</translation>
    </message>
    <message>
        <source>&amp;Bring Back</source>
        <translation>&amp;Zurückholen</translation>
    </message>
    <message>
        <source>Archived Knots</source>
        <translation>Archivierte Knoten</translation>
    </message>
    <message>
        <source>Archived knots are hidden from the map and the list; all their ratings are kept. Bring one back to follow it again.</source>
        <translation>Archivierte Knoten sind auf der Karte und in der Liste ausgeblendet; alle ihre Bewertungen bleiben erhalten. Holen Sie einen Knoten zurück, um ihn wieder zu verfolgen.</translation>
    </message>
    <message>
        <source>Knot</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lage</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Last score</source>
        <translation>Letzter Wert</translation>
    </message>
    <message>
        <source>Archived knots</source>
        <translation>Archivierte Knoten</translation>
    </message>
    <message>
        <source>Show the selected knot on the map and in the list again</source>
        <translation>Den ausgewählten Knoten wieder auf der Karte und in der Liste anzeigen</translation>
    </message>
</context>
<context>
    <name>knotmap::ui::BackupActions</name>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Vor einem Import</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Vor einer Aktualisierung</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>Von Ihnen erstellt</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Jetzt si&amp;chern</translation>
    </message>
    <message>
        <source>Keep a checked copy of your data in the backups folder beside it</source>
        <translation>Eine geprüfte Kopie Ihrer Daten im Sicherungsordner neben der Datenbank anlegen</translation>
    </message>
    <message>
        <source>Restore from Bac&amp;kup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Bring back your data as it was in an earlier backup</source>
        <translation>Ihre Daten auf den Stand einer früheren Sicherung zurücksetzen</translation>
    </message>
    <message>
        <source>Re&amp;vert Last Import…</source>
        <translation>Letzten Import rück&amp;gängig machen…</translation>
    </message>
    <message>
        <source>Bring back your data as it was just before the last import</source>
        <translation>Ihre Daten auf den Stand direkt vor dem letzten Import zurücksetzen</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation>Die heutige Sicherung konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Wird gesichert…</translation>
    </message>
    <message>
        <source>Not Backed Up</source>
        <translation>Nicht gesichert</translation>
    </message>
    <message>
        <source>No backup was made: %1.</source>
        <translation>Es wurde keine Sicherung erstellt: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln spot(s)</source>
        <translation>
            <numerusform>%Ln Stelle</numerusform>
            <numerusform>%Ln Stellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rating(s)</source>
        <translation>
            <numerusform>%Ln Bewertung</numerusform>
            <numerusform>%Ln Bewertungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Backed up %1 and %2 to %3.</source>
        <translation>%1 und %2 in %3 gesichert.</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Choose the copy to bring back. What is there now is backed up first, so a restore can itself be undone by restoring that copy.</source>
        <translation>Wählen Sie die Sicherung, die wiederhergestellt werden soll. Der jetzige Stand wird vorher gesichert. So können Sie auch eine Wiederherstellung rückgängig machen, indem Sie diese Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Spots</source>
        <translation>Stellen</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restored the backup made %1.</source>
        <translation>Die Sicherung vom %1 wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>Revert Last Import</source>
        <translation>Letzten Import rückgängig machen</translation>
    </message>
    <message>
        <source>Bring back your data as it was on %1, just before the last import?</source>
        <translation>Ihre Daten auf den Stand vom %1 zurücksetzen, direkt vor dem letzten Import?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rating(s) added since then, by the import or after it, will be gone. What is there now is backed up first.</source>
        <translation>
            <numerusform>%Ln Bewertung, die seitdem hinzugekommen ist (durch den Import oder danach), geht dabei verloren. Der jetzige Stand wird vorher gesichert.</numerusform>
            <numerusform>%Ln Bewertungen, die seitdem hinzugekommen sind (durch den Import oder danach), gehen dabei verloren. Der jetzige Stand wird vorher gesichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rückgängig machen</translation>
    </message>
    <message>
        <source>Reverted the last import.</source>
        <translation>Der letzte Import wurde rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Not Restored</source>
        <translation>Nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>Nothing was restored, because the database is damaged: %1</source>
        <translation>Es wurde nichts wiederhergestellt, weil die Datenbank beschädigt ist: %1</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Nothing was restored: %1.</source>
        <translation>Es wurde nichts wiederhergestellt: %1.</translation>
    </message>
    <message>
        <source>What was there is kept in %1. Undo history was cleared.</source>
        <translation>Der bisherige Stand ist in %1 gesichert. Frühere Schritte lassen sich nicht mehr rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>knotmap::ui::BodyMapWidget</name>
    <message>
        <source>Front view</source>
        <translation>Vorderansicht</translation>
    </message>
    <message>
        <source>Front view of the body. Click where you feel pain to record it.</source>
        <translation>Vorderansicht des Körpers. Klicken Sie dorthin, wo Sie Schmerz spüren, um ihn festzuhalten.</translation>
    </message>
    <message>
        <source>Body map</source>
        <translation>Körperkarte</translation>
    </message>
    <message>
        <source>Back view of the body. Click where it hurts to mark a spot.</source>
        <translation>Rückansicht des Körpers. Klicken Sie dorthin, wo es wehtut, um eine Stelle zu markieren.</translation>
    </message>
    <message>
        <source>search here</source>
        <translation>hier abtasten</translation>
    </message>
    <message>
        <source>Click on the body where it hurts to mark a spot.</source>
        <translation>Klicken Sie am Körper dorthin, wo es wehtut, um eine Stelle zu markieren.</translation>
    </message>
    <message>
        <source>Enter rates it, Delete removes it, the arrow keys go to the next knot.</source>
        <translation>Enter bewertet ihn, Entf entfernt ihn, die Pfeiltasten gehen zum nächsten Knoten.</translation>
    </message>
</context>
<context>
    <name>knotmap::ui::GuidedPlayer</name>
    <message>
        <source>Time left in this hold</source>
        <translation>Verbleibende Zeit in dieser Haltephase</translation>
    </message>
    <message>
        <source>Pain %1 of 10</source>
        <translation>Schmerz %1 von 10</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Done Early</source>
        <translation>Früher beenden</translation>
    </message>
    <message>
        <source>Skip Step</source>
        <translation>Schritt überspringen</translation>
    </message>
    <message>
        <source>Save and Next</source>
        <translation>Speichern und weiter</translation>
    </message>
    <message>
        <source>Nothing planned yet</source>
        <translation>Noch nichts geplant</translation>
    </message>
    <message numerus="yes">
        <source>Done for today: %1 of %n step(s)</source>
        <translation>
            <numerusform>Für heute erledigt: %1 von %n Schritt</numerusform>
            <numerusform>Für heute erledigt: %1 von %n Schritten</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate a spot on the Mark tab and a plan appears here.</source>
        <translation>Bewerten Sie eine Stelle auf dem Tab „Markieren“, dann erscheint hier ein Plan.</translation>
    </message>
    <message>
        <source>Well done. Expect some soreness for a day after firm work; it is common.</source>
        <translation>Gut gemacht. Nach kräftigerer Behandlung ist etwa einen Tag lang etwas Muskelkater möglich; das kommt häufig vor.</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3 — %4</source>
        <translation>Schritt %1 von %2: %3 — %4</translation>
    </message>
    <message>
        <source>%1 s × %2</source>
        <translation>%1 s × %2</translation>
    </message>
    <message>
        <source>Paused — </source>
        <translation>Pausiert — </translation>
    </message>
    <message>
        <source>Hold %1 of %2</source>
        <translation>Haltephase %1 von %2</translation>
    </message>
    <message>
        <source>Rest, then hold again</source>
        <translation>Pause, dann erneut halten</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Die Zeit ist um</translation>
    </message>
    <message>
        <source>How does the spot feel now, before you start? (optional)</source>
        <translation>Wie fühlt sich die Stelle jetzt an, bevor Sie beginnen? (optional)</translation>
    </message>
    <message>
        <source>And now? (optional)</source>
        <translation>Und jetzt? (optional)</translation>
    </message>
    <message>
        <source>Start Again</source>
        <translation>Noch einmal starten</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
</context>
<context>
    <name>knotmap::ui::LongWork</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>knotmap::ui::MainWindow</name>
    <message>
        <source>&amp;Mark</source>
        <translation>&amp;Markieren</translation>
    </message>
    <message>
        <source>&amp;Trends</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Routine</source>
        <translation>Übun&amp;gen</translation>
    </message>
    <message>
        <source>Re&amp;port</source>
        <translation>Be&amp;richt</translation>
    </message>
    <message>
        <source>A PDF for your therapist (Ctrl+4)</source>
        <translation>Ein PDF für Ihre Therapeutin oder Ihren Therapeuten (Strg+4)</translation>
    </message>
    <message>
        <source>Mark where it hurts and rate it (Ctrl+1)</source>
        <translation>Markieren, wo es wehtut, und bewerten (Strg+1)</translation>
    </message>
    <message>
        <source>Is it getting better? (Ctrl+2)</source>
        <translation>Wird es besser? (Strg+2)</translation>
    </message>
    <message>
        <source>Today&apos;s self-release plan, with a guided timer (Ctrl+3)</source>
        <translation>Der heutige Plan zur Selbstbehandlung, mit geführtem Timer (Strg+3)</translation>
    </message>
    <message>
        <source>Click on the body to mark where it hurts.</source>
        <translation>Klicken Sie auf den Körper, um zu markieren, wo es wehtut.</translation>
    </message>
    <message>
        <source>Could not read the database: %1</source>
        <translation>Die Datenbank konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Shown with the changes made outside this window.</source>
        <translation>Angezeigt mit den Änderungen, die außerhalb dieses Fensters vorgenommen wurden.</translation>
    </message>
    <message>
        <source>Click on the body where it hurts, or pick a muscle from the list.</source>
        <translation>Klicken Sie am Körper dorthin, wo es wehtut, oder wählen Sie einen Muskel aus der Liste.</translation>
    </message>
    <message>
        <source>&amp;Delete Spot</source>
        <translation>Stelle &amp;löschen</translation>
    </message>
    <message>
        <source>Remove the selected spot and its ratings</source>
        <translation>Die ausgewählte Stelle und ihre Bewertungen entfernen</translation>
    </message>
    <message>
        <source>&amp;Next Day</source>
        <translation>&amp;Nächster Tag</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>knotmap-new.sqlite</source>
        <translation>knotmap-new.sqlite</translation>
    </message>
    <message>
        <source>KnotMap databases (*.sqlite)</source>
        <translation>KnotMap-Datenbanken (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 already exists. To use it, choose File › Open Database.</source>
        <translation>%1 existiert bereits. Um diese Datei zu verwenden, wählen Sie Datei › Datenbank öffnen.</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>KnotMap databases (*.sqlite);;All files (*)</source>
        <translation>KnotMap-Datenbanken (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>No files yet</source>
        <translation>Noch keine Dateien</translation>
    </message>
    <message>
        <source>Show Database &amp;Location</source>
        <translation>Speicher&amp;ort der Datenbank anzeigen</translation>
    </message>
    <message>
        <source>Database Location</source>
        <translation>Speicherort der Datenbank</translation>
    </message>
    <message>
        <source>KnotMap keeps your data in this file, readable only by you:

%1</source>
        <translation>KnotMap speichert Ihre Daten in dieser Datei, die nur Sie lesen können:

%1</translation>
    </message>
    <message>
        <source>Export Re&amp;port (PDF)…</source>
        <translation>Bericht als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>&amp;Export Data</source>
        <translation>Daten &amp;exportieren</translation>
    </message>
    <message>
        <source>Ratings as &amp;CSV…</source>
        <translation>Bewertungen als &amp;CSV…</translation>
    </message>
    <message>
        <source>Everything as &amp;JSON…</source>
        <translation>Alles als &amp;JSON…</translation>
    </message>
    <message>
        <source>Ratings as a &amp;FHIR Bundle…</source>
        <translation>Bewertungen als &amp;FHIR-Bundle…</translation>
    </message>
    <message>
        <source>&amp;Import Data…</source>
        <translation>Daten &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Wiederholt: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>T&amp;rends</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>R&amp;outine</source>
        <translation>Übun&amp;gen</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Showing </source>
        <translation>Angezeigt: </translation>
    </message>
    <message>
        <source>Day shown on the map</source>
        <translation>Auf der Karte angezeigter Tag</translation>
    </message>
    <message numerus="yes">
        <source>%n spot(s)</source>
        <translation>
            <numerusform>%n Stelle</numerusform>
            <numerusform>%n Stellen</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 not rated this day</source>
        <translation> · %1 an diesem Tag nicht bewertet</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>KnotMap could not save the change: %1.</source>
        <translation>KnotMap konnte die Änderung nicht speichern: %1.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>New spot · %1</source>
        <translation>Neue Stelle · %1</translation>
    </message>
    <message>
        <source>KnotMap has no name for this place yet: felt pain can be marked in the places outlined on the front view.</source>
        <translation>KnotMap kennt für diesen Ort noch keinen Namen: Gespürter Schmerz lässt sich in den Bereichen markieren, die in der Vorderansicht umrandet sind.</translation>
    </message>
    <message>
        <source>Felt pain · %1</source>
        <translation>Gespürter Schmerz · %1</translation>
    </message>
    <message>
        <source>Rated %1 at %2</source>
        <translation>Bewertet mit %1 um %2</translation>
    </message>
    <message>
        <source>Last rated %1 on %2 · rating for %3</source>
        <translation>Zuletzt am %2 mit %1 bewertet · Bewertung für %3</translation>
    </message>
    <message>
        <source>Rating for %1</source>
        <translation>Bewertung für %1</translation>
    </message>
    <message>
        <source>Another rating for this day</source>
        <translation>Weitere Bewertung für diesen Tag</translation>
    </message>
    <message>
        <source>Save This Rating?</source>
        <translation>Diese Bewertung speichern?</translation>
    </message>
    <message>
        <source>Save your note for %1?</source>
        <translation>Ihre Notiz für %1 speichern?</translation>
    </message>
    <message>
        <source>You did not choose a pain score. Save saves it with the score shown, %1 of 10; Cancel goes back to the editor.</source>
        <translation>Sie haben keinen Schmerzwert gewählt. „Speichern“ speichert die Bewertung mit dem angezeigten Wert, %1 von 10; „Abbrechen“ führt zurück zum Editor.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Deleted the spot in %1. Undo (Ctrl+Z) brings it back.</source>
        <translation>Stelle gelöscht (%1). Mit Rückgängig (Strg+Z) holen Sie sie zurück.</translation>
    </message>
    <message>
        <source>Felt pain stays in its place (%1); mark pain elsewhere as a new one.</source>
        <translation>Gespürter Schmerz bleibt an seinem Ort (%1); Schmerz an einem anderen Ort markieren Sie bitte neu.</translation>
    </message>
    <message>
        <source>A spot must stay on the body; it is back where it was.</source>
        <translation>Eine Stelle muss auf dem Körper bleiben; sie ist wieder dort, wo sie war.</translation>
    </message>
    <message>
        <source>Pain felt here? Click it.</source>
        <translation>Schmerz hier gespürt? Klicken Sie dorthin.</translation>
    </message>
    <message>
        <source>Shade where pain from the knots may be felt</source>
        <translation>Bereiche schattieren, in die Schmerz von den Knoten ausstrahlen kann</translation>
    </message>
    <message>
        <source>Knots often send pain to other places. Shade the places where pain from every knot on the map may be felt.</source>
        <translation>Knoten strahlen Schmerz oft in andere Bereiche aus. Schattiert die Bereiche, in denen Schmerz von den Knoten auf der Karte zu spüren sein kann.</translation>
    </message>
    <message>
        <source>Knots and pain on the back</source>
        <translation>Knoten und Schmerz am Rücken</translation>
    </message>
    <message>
        <source>Pain felt at the front and sides</source>
        <translation>Schmerz vorn und an den Seiten</translation>
    </message>
    <message>
        <source>Press around the ring in the %1: a tender knot there may explain this pain. Click to mark it.</source>
        <translation>Tasten Sie rund um den Ring ab (%1): Ein druckempfindlicher Knoten dort könnte diesen Schmerz erklären. Klicken Sie, um ihn zu markieren.</translation>
    </message>
    <message>
        <source>Ra&amp;te Spot</source>
        <translation>Stelle &amp;bewerten</translation>
    </message>
    <message>
        <source>Pre&amp;vious Day</source>
        <translation>V&amp;orheriger Tag</translation>
    </message>
    <message>
        <source>Print Repor&amp;t…</source>
        <translation>Bericht &amp;drucken…</translation>
    </message>
    <message>
        <source>Mark, Trends, Routine and Report</source>
        <translation>Markieren, Verlauf, Übungen und Bericht</translation>
    </message>
    <message>
        <source>rated today</source>
        <translation>heute bewertet</translation>
    </message>
    <message>
        <source>rated yesterday</source>
        <translation>gestern bewertet</translation>
    </message>
    <message>
        <source>rated on %1</source>
        <translation>bewertet am %1</translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation>%1 von 10</translation>
    </message>
</context>
<context>
    <name>knotmap::ui::NoticePanel</name>
    <message>
        <source>The numbness or tingling has gone</source>
        <translation>Das Taubheitsgefühl oder Kribbeln ist weg</translation>
    </message>
    <message>
        <source>KnotMap then allows pressure there again, until numbness, tingling or shooting pain is rated once more.</source>
        <translation>KnotMap erlaubt dann dort wieder Behandlung mit Druck, bis Sie erneut Taubheit, Kribbeln oder einschießenden Schmerz angeben.</translation>
    </message>
    <message>
        <source>KnotMap shows no exercises while this is ticked.</source>
        <translation>KnotMap zeigt keine Übungen, solange dies angekreuzt ist.</translation>
    </message>
</context>
<context>
    <name>knotmap::ui::PeriodPicker</name>
    <message>
        <source>Last 4 weeks</source>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Letzte 12 Wochen</translation>
    </message>
    <message>
        <source>Last 26 weeks</source>
        <translation>Letzte 26 Wochen</translation>
    </message>
    <message>
        <source>Last 52 weeks</source>
        <translation>Letzte 52 Wochen</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Bis:</translation>
    </message>
</context>
<context>
    <name>knotmap::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US-Letter</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Name on reports:</source>
        <translation>Name in Berichten:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papierformat:</translation>
    </message>
    <message>
        <source> minutes a day</source>
        <translation> Minuten pro Tag</translation>
    </message>
    <message>
        <source>Weeks and routines</source>
        <translation>Wochen und Übungen</translation>
    </message>
    <message>
        <source>First day of the week:</source>
        <translation>Erster Tag der Woche:</translation>
    </message>
    <message>
        <source>Time for self-release:</source>
        <translation>Zeit für Selbstbehandlung:</translation>
    </message>
    <message>
        <source>Tools you have:</source>
        <translation>Vorhandene Hilfsmittel:</translation>
    </message>
    <message>
        <source>Remind me to rate on days with nothing rated</source>
        <translation>Erinnern, wenn an einem Tag noch nichts bewertet wurde</translation>
    </message>
    <message>
        <source>Keep KnotMap in the system tray when its window is closed</source>
        <translation>KnotMap im Infobereich behalten, wenn das Fenster geschlossen wird</translation>
    </message>
    <message>
        <source>Start KnotMap, in the tray, when I log in</source>
        <translation>KnotMap beim Anmelden im Infobereich starten</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>At:</source>
        <translation>Um:</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>A new language applies the next time KnotMap starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von KnotMap.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Farben:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
</context>
<context>
    <name>knotmap::ui::ReferralPanel</name>
    <message>
        <source>Referred pain</source>
        <translation>Ausstrahlender Schmerz</translation>
    </message>
    <message>
        <source>From published patterns: a guide to where to look, not a diagnosis.</source>
        <translation>Nach veröffentlichten Schmerzmustern: ein Hinweis, wo Sie suchen können, keine Diagnose.</translation>
    </message>
    <message>
        <source>%1 · %2 of 10</source>
        <translation>%1 · %2 von 10</translation>
    </message>
    <message>
        <source>Where pain may come from</source>
        <translation>Woher der Schmerz kommen kann</translation>
    </message>
    <message>
        <source>A knot&apos;s pain is often felt somewhere else: one in the upper trapezius, for example, may be felt at the temple. Select a knot to see where its pain may be felt. Mark pain you feel on the front view, or tick “Felt here, not a knot”, to see its possible sources.</source>
        <translation>Der Schmerz eines Knotens wird oft an einer anderen Stelle gespürt: Ein Knoten im oberen Trapezmuskel zum Beispiel kann an der Schläfe spürbar sein. Wählen Sie einen Knoten aus, um zu sehen, wo sein Schmerz gespürt werden kann. Markieren Sie Schmerz, den Sie spüren, in der Vorderansicht, oder haken Sie „Hier gespürt, kein Knoten“ an, um seine möglichen Quellen zu sehen.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The published patterns name no places where pain from this muscle is often felt.</source>
        <translation>Die veröffentlichten Muster nennen keine Stellen, an denen Schmerz von diesem Muskel oft gespürt wird.</translation>
    </message>
    <message>
        <source>Pain from a knot here is often felt in these places, nearest first (shaded on the maps):</source>
        <translation>Schmerz von einem Knoten hier wird oft an diesen Stellen gespürt, die nächstgelegene zuerst (auf den Karten schattiert):</translation>
    </message>
    <message>
        <source>You linked this knot to:</source>
        <translation>Sie haben diesen Knoten verknüpft mit:</translation>
    </message>
    <message>
        <source>%1 · felt pain</source>
        <translation>%1 · gespürter Schmerz</translation>
    </message>
    <message>
        <source>Enter or double-click to select it</source>
        <translation>Enter oder Doppelklick zum Auswählen</translation>
    </message>
    <message>
        <source>The published patterns name no muscle whose knots often send pain here.</source>
        <translation>Die veröffentlichten Muster nennen keinen Muskel, dessen Knoten oft Schmerz hierher ausstrahlen.</translation>
    </message>
    <message>
        <source>Pain here is often felt from a knot in one of these muscles, the most likely first. Select one to see where to search for its knot; tick a knot you found that may explain this pain.</source>
        <translation>Schmerz hier geht oft von einem Knoten in einem dieser Muskeln aus, der wahrscheinlichste zuerst. Wählen Sie einen aus, um zu sehen, wo Sie nach seinem Knoten suchen können; haken Sie einen gefundenen Knoten an, der diesen Schmerz erklären kann.</translation>
    </message>
    <message>
        <source>other side</source>
        <translation>andere Seite</translation>
    </message>
    <message>
        <source>often</source>
        <translation>oft</translation>
    </message>
    <message>
        <source>sometimes</source>
        <translation>manchmal</translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <translation>%1. %2 (%3)</translation>
    </message>
    <message>
        <source>Possible source: select to see where to search for a knot in the %1</source>
        <translation>Mögliche Quelle (%1): auswählen, um zu sehen, wo Sie nach einem Knoten suchen können</translation>
    </message>
    <message>
        <source>%1 may explain this pain</source>
        <translation>%1 kann diesen Schmerz erklären</translation>
    </message>
</context>
<context>
    <name>knotmap::ui::RegionHeatMap</name>
    <message>
        <source>Body heat map of the period</source>
        <translation>Schmerzkarte des Körpers für den Zeitraum</translation>
    </message>
    <message>
        <source>Each region shaded by its mean score for the period. Click a region to follow it alone.</source>
        <translation>Jeder Bereich ist nach seinem Mittelwert im Zeitraum eingefärbt. Klicken Sie auf einen Bereich, um nur ihn zu verfolgen.</translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation>Mittelwert %1</translation>
    </message>
    <message>
        <source>no ratings</source>
        <translation>keine Bewertungen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>knotmap::ui::RegionPanel</name>
    <message>
        <source>Find a muscle…</source>
        <translation>Muskel suchen…</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Muscle regions and their spots</source>
        <translation>Muskelbereiche und ihre Stellen</translation>
    </message>
    <message>
        <source>Enter on a region adds a spot there; Enter on a spot rates it</source>
        <translation>Enter auf einem Bereich fügt dort eine Stelle hinzu; Enter auf einer Stelle bewertet sie</translation>
    </message>
    <message>
        <source>%1 — Enter or double-click to add a knot here</source>
        <translation>%1 — Enter oder Doppelklick, um hier einen Knoten hinzuzufügen</translation>
    </message>
    <message>
        <source>Felt pain</source>
        <translation>Gespürter Schmerz</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Felt pain at %1 — Enter or double-click to rate it</source>
        <translation>Gespürter Schmerz (%1) — Enter oder Doppelklick zum Bewerten</translation>
    </message>
    <message>
        <source>%1 — Enter or double-click to rate it</source>
        <translation>%1 — Enter oder Doppelklick zum Bewerten</translation>
    </message>
    <message>
        <source>Find a muscle</source>
        <translation>Muskel suchen</translation>
    </message>
</context>
<context>
    <name>knotmap::ui::Reminders</name>
    <message>
        <source>Nothing rated today yet.</source>
        <translation>Heute wurde noch nichts bewertet.</translation>
    </message>
    <message>
        <source>&amp;Rate Now</source>
        <translation>&amp;Jetzt bewerten</translation>
    </message>
    <message>
        <source>&amp;Snooze 1 Hour</source>
        <translation>In 1 &amp;Stunde erinnern</translation>
    </message>
    <message>
        <source>Not again today</source>
        <translation>Heute nicht mehr</translation>
    </message>
    <message>
        <source>Close the reminder</source>
        <translation>Erinnerung schließen</translation>
    </message>
    <message>
        <source>Show &amp;KnotMap</source>
        <translation>&amp;KnotMap anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Time to Rate</source>
        <translation>Zeit zum Bewerten</translation>
    </message>
    <message>
        <source>Nothing rated today yet. A minute now keeps your diary whole.</source>
        <translation>Heute wurde noch nichts bewertet. Eine Minute jetzt, und Ihr Tagebuch bleibt lückenlos.</translation>
    </message>
    <message>
        <source>Click on the body where it hurts, or pick a muscle from the list.</source>
        <translation>Klicken Sie am Körper dorthin, wo es wehtut, oder wählen Sie einen Muskel aus der Liste.</translation>
    </message>
</context>
<context>
    <name>knotmap::ui::ReportView</name>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US-Letter</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Name on the report:</source>
        <translation>Name im Bericht:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Open the PDF when it is ready</source>
        <translation>PDF öffnen, sobald es fertig ist</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Writing the report… %p%</source>
        <translation>Bericht wird erstellt… %p %</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Bericht wird erstellt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the report&apos;s export</source>
        <translation>Export des Berichts abbrechen</translation>
    </message>
    <message>
        <source>Preview of the report&apos;s pages</source>
        <translation>Vorschau der Berichtsseiten</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Vorschau wird vorbereitet…</translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation>Die Vorschau konnte nicht erstellt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n Seite.</numerusform>
            <numerusform>%n Seiten.</numerusform>
        </translation>
    </message>
    <message>
        <source> The PDF has the same pages, with real text you can search and copy.</source>
        <translation> Das PDF hat dieselben Seiten, mit echtem Text, den Sie durchsuchen und kopieren können.</translation>
    </message>
    <message>
        <source>KnotMap report %1.pdf</source>
        <translation>KnotMap-Bericht %1.pdf</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Report Not Written</source>
        <translation>Bericht nicht erstellt</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Bericht gespeichert unter %1.</translation>
    </message>
    <message>
        <source>No PDF Viewer</source>
        <translation>Kein PDF-Betrachter</translation>
    </message>
    <message>
        <source>No application to open PDF files was found. The report is saved as %1.</source>
        <translation>Es wurde kein Programm zum Öffnen von PDF-Dateien gefunden. Der Bericht ist gespeichert unter %1.</translation>
    </message>
    <message>
        <source>Printing the report…</source>
        <translation>Bericht wird gedruckt…</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n page(s) of the report.</source>
        <translation>
            <numerusform>%n Seite des Berichts gedruckt.</numerusform>
            <numerusform>%n Seiten des Berichts gedruckt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report was not printed: %1.</source>
        <translation>Der Bericht wurde nicht gedruckt: %1.</translation>
    </message>
</context>
<context>
    <name>knotmap::ui::RoutineView</name>
    <message>
        <source>Suggestions for self-care, not a diagnosis or a treatment. Stop anything that makes the pain shoot, spread, or brings numbness or tingling.</source>
        <translation>Vorschläge zur Selbsthilfe, keine Diagnose und keine Behandlung. Hören Sie sofort mit allem auf, wobei der Schmerz einschießt oder sich ausbreitet oder Taubheit oder Kribbeln auftreten.</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>KnotMap could not note that: %1.</source>
        <translation>KnotMap konnte das nicht festhalten: %1.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosierung</translation>
    </message>
    <message>
        <source> min a day</source>
        <translation> Min. pro Tag</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Optional. From 65, KnotMap suggests holding stretches longer.</source>
        <translation>Optional. Ab 65 schlägt KnotMap vor, Dehnungen länger zu halten.</translation>
    </message>
    <message>
        <source>Your time and tools</source>
        <translation>Ihre Zeit und Hilfsmittel</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Zeit:</translation>
    </message>
    <message>
        <source>I have:</source>
        <translation>Ich habe:</translation>
    </message>
    <message>
        <source>Year of birth:</source>
        <translation>Geburtsjahr:</translation>
    </message>
    <message>
        <source>What went with less pain</source>
        <translation>Was mit weniger Schmerz einherging</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Right after</source>
        <translation>Direkt danach</translation>
    </message>
    <message>
        <source>Two weeks from the start</source>
        <translation>Zwei Wochen nach Beginn</translation>
    </message>
    <message>
        <source>Change in the spot&apos;s score: right after each session (mean of after − before), and its mean in the two weeks after you started against the two weeks before</source>
        <translation>Veränderung des Werts der Stelle: direkt nach jeder Einheit (Mittelwert von nachher − vorher) und ihr Mittelwert in den zwei Wochen nach Beginn gegenüber den zwei Wochen davor</translation>
    </message>
    <message>
        <source>Get medical help now if you have:</source>
        <translation>Holen Sie sofort ärztliche Hilfe, wenn bei Ihnen Folgendes auftritt:</translation>
    </message>
    <message>
        <source>See a doctor soon if you have:</source>
        <translation>Lassen Sie es bald ärztlich abklären, wenn bei Ihnen Folgendes auftritt:</translation>
    </message>
    <message>
        <source>Do any of these apply to you now?</source>
        <translation>Trifft etwas davon jetzt auf Sie zu?</translation>
    </message>
    <message>
        <source>Working out today&apos;s plan…</source>
        <translation>Der heutige Plan wird erstellt…</translation>
    </message>
    <message>
        <source>Today&apos;s plan could not be worked out: %1</source>
        <translation>Der heutige Plan konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>No exercises today: please follow the notice above.</source>
        <translation>Heute keine Übungen: Bitte beachten Sie den Hinweis oben.</translation>
    </message>
    <message>
        <source>No knot to work on yet: see where to search below.</source>
        <translation>Noch kein Knoten zum Behandeln: Unten sehen Sie, wo Sie suchen können.</translation>
    </message>
    <message>
        <source>Nothing to do today: no knot was rated in the last 7 days.</source>
        <translation>Heute nichts zu tun: In den letzten 7 Tagen wurde kein Knoten bewertet.</translation>
    </message>
    <message numerus="yes">
        <source>Today: %n step(s), about %1 of your %2 minutes</source>
        <translation>
            <numerusform>Heute: %n Schritt, etwa %1 von Ihren %2 Minuten</numerusform>
            <numerusform>Heute: %n Schritte, etwa %1 von Ihren %2 Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Step Not Saved</source>
        <translation>Schritt nicht gespeichert</translation>
    </message>
    <message>
        <source>The step was not saved: %1.</source>
        <translation>Der Schritt wurde nicht gespeichert: %1.</translation>
    </message>
    <message>
        <source>Rate the knot before and after a step in the player, and what went with less pain shows here.</source>
        <translation>Bewerten Sie den Knoten im geführten Timer vor und nach einem Schritt, dann sehen Sie hier, was mit weniger Schmerz einherging.</translation>
    </message>
    <message>
        <source>too little data</source>
        <translation>zu wenig Daten</translation>
    </message>
    <message>
        <source>Today&apos;s steps</source>
        <translation>Die heutigen Schritte</translation>
    </message>
</context>
<context>
    <name>knotmap::ui::Sessions</name>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>KnotMap databases (*.sqlite)</source>
        <translation>KnotMap-Datenbanken (*.sqlite)</translation>
    </message>
    <message>
        <source>Not Opened</source>
        <translation>Nicht geöffnet</translation>
    </message>
    <message>
        <source>KnotMap could not open that file: %1</source>
        <translation>KnotMap konnte diese Datei nicht öffnen: %1</translation>
    </message>
</context>
<context>
    <name>knotmap::ui::SpotEditor</name>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Ohne Speichern schließen (Esc)</translation>
    </message>
    <message>
        <source>Pain score from 0 to 10</source>
        <translation>Schmerzwert von 0 bis 10</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mäßig</translation>
    </message>
    <message>
        <source>What were you doing? What helped?</source>
        <translation>Was haben Sie gerade gemacht? Was hat geholfen?</translation>
    </message>
    <message>
        <source>Add Felt Pain</source>
        <translation>Gespürten Schmerz hinzufügen</translation>
    </message>
    <message>
        <source>Add Spot</source>
        <translation>Stelle hinzufügen</translation>
    </message>
    <message>
        <source>Delete Spot</source>
        <translation>Stelle löschen</translation>
    </message>
    <message>
        <source>Remove this spot and all its ratings (Ctrl+Z brings it back)</source>
        <translation>Diese Stelle und alle ihre Bewertungen entfernen (Strg+Z holt sie zurück)</translation>
    </message>
    <message>
        <source>Add New Rating</source>
        <translation>Neue Bewertung hinzufügen</translation>
    </message>
    <message>
        <source>Keep the earlier rating and record another one</source>
        <translation>Die frühere Bewertung behalten und eine weitere festhalten</translation>
    </message>
    <message>
        <source>Pain:</source>
        <translation>Schmerz:</translation>
    </message>
    <message>
        <source>Feels:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Type 0–10 for a quick score · Enter saves · Esc cancels</source>
        <translation>Für einen schnellen Wert 0–10 tippen · Enter speichert · Esc bricht ab</translation>
    </message>
    <message>
        <source>Update Rating</source>
        <translation>Bewertung aktualisieren</translation>
    </message>
    <message>
        <source>Add Rating</source>
        <translation>Bewertung hinzufügen</translation>
    </message>
    <message>
        <source>Felt here, not a knot</source>
        <translation>Hier gespürt, kein Knoten</translation>
    </message>
    <message>
        <source>Tick when it hurts here (%1) but pressing finds no knot: KnotMap then lists the muscles whose knots may send pain here.</source>
        <translation>Ankreuzen, wenn es hier wehtut (%1), Sie beim Drücken aber keinen Knoten finden: KnotMap listet dann die Muskeln auf, deren Knoten Schmerz hierher ausstrahlen können.</translation>
    </message>
</context>
<context>
    <name>knotmap::ui::SpotHistoryDialog</name>
    <message>
        <source>&amp;Delete Rating</source>
        <translation>Bewertung &amp;löschen</translation>
    </message>
    <message>
        <source>Change &amp;Time…</source>
        <translation>&amp;Zeit ändern…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Ratings, newest first</source>
        <translation>Bewertungen, neueste zuerst</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n rating(s), newest first</source>
        <translation>
            <numerusform>%1 · %2 · %n Bewertung</numerusform>
            <numerusform>%1 · %2 · %n Bewertungen, neueste zuerst</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the selected rating (it can be undone)</source>
        <translation>Die ausgewählte Bewertung löschen (lässt sich rückgängig machen)</translation>
    </message>
    <message>
        <source>A knot keeps at least one rating; archive or delete the knot instead</source>
        <translation>Ein Knoten behält mindestens eine Bewertung; archivieren oder löschen Sie stattdessen den Knoten</translation>
    </message>
    <message>
        <source>A rating cannot be moved into the future.</source>
        <translation>Eine Bewertung kann nicht in die Zukunft verschoben werden.</translation>
    </message>
    <message>
        <source>Change Time</source>
        <translation>Zeit ändern</translation>
    </message>
    <message>
        <source>When was this rating made?</source>
        <translation>Wann wurde diese Bewertung abgegeben?</translation>
    </message>
</context>
<context>
    <name>knotmap::ui::TrendChartWidget</name>
    <message>
        <source>Trend chart</source>
        <translation>Verlaufsdiagramm</translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n Bewertung</numerusform>
            <numerusform>%n Bewertungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Mean %2 · highest %3 · lowest %4
%5 on %6</source>
        <translation>%1
Mittelwert %2 · Höchstwert %3 · Tiefstwert %4
%5 an %6</translation>
    </message>
    <message>
        <source>Pain over time, as a table</source>
        <translation>Schmerz im Zeitverlauf, als Tabelle</translation>
    </message>
    <message>
        <source>One row for each period: its mean, lowest and highest score and its ratings.</source>
        <translation>Eine Zeile je Zeitraum: Mittelwert, niedrigster und höchster Wert und die Zahl der Bewertungen.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Niedrigster</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Höchster</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
</context>
<context>
    <name>knotmap::ui::TrendsView</name>
    <message>
        <source>Knot %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Show All Regions</source>
        <translation>Alle Bereiche anzeigen</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Gruppieren nach:</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Verfolgen</translation>
    </message>
    <message>
        <source>Tick regions or spots to follow them alone; none ticked shows everything</source>
        <translation>Haken Sie Bereiche oder Stellen an, um nur diese zu verfolgen; ohne Haken wird alles angezeigt</translation>
    </message>
    <message>
        <source>Hotspot</source>
        <translation>Schwerpunkt</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>Höchstwert</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Regions ranked by how often and how badly they hurt in the period</source>
        <translation>Bereiche, geordnet danach, wie oft und wie stark sie im Zeitraum wehgetan haben</translation>
    </message>
    <message>
        <source>Working it out for the period chosen…</source>
        <translation>Wird für den gewählten Zeitraum berechnet…</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Alle Bereiche</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen regions and spots</source>
        <translation>
            <numerusform>%n ausgewählter Bereich</numerusform>
            <numerusform>%n ausgewählte Bereiche und Stellen</numerusform>
        </translation>
    </message>
    <message>
        <source>The trends could not be read: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Regions and knots to chart</source>
        <translation>Bereiche und Knoten für das Diagramm</translation>
    </message>
    <message>
        <source>Hotspots: regions ranked by how often and how badly they hurt</source>
        <translation>Schwerpunkte: Bereiche, geordnet danach, wie oft und wie stark sie schmerzen</translation>
    </message>
</context>
<context>
    <name>knotmap::ui::WelcomeDialog</name>
    <message>
        <source>Welcome to KnotMap</source>
        <translation>Willkommen bei KnotMap</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to KnotMap&lt;/h2&gt;&lt;p&gt;A diary for the sore, tight spots in back and neck muscles that often come and go: note where it hurts and how much, and see over the weeks whether it is getting better.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei KnotMap&lt;/h2&gt;&lt;p&gt;Ein Tagebuch für die schmerzhaften, verspannten Stellen in den Rücken- und Nackenmuskeln, die oft kommen und gehen: Notieren Sie, wo und wie stark es wehtut, und sehen Sie über die Wochen, ob es besser wird.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;1. Click where it hurts&lt;/b&gt; on the body map.</source>
        <translation>&lt;b&gt;1. Klicken Sie dorthin, wo es wehtut&lt;/b&gt; – auf der Körperkarte.</translation>
    </message>
    <message>
        <source>&lt;b&gt;2. Rate it&lt;/b&gt; from 0 to 10 and say how it feels.</source>
        <translation>&lt;b&gt;2. Bewerten Sie es&lt;/b&gt; von 0 bis 10 und beschreiben Sie, wie es sich anfühlt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;3. Come back tomorrow&lt;/b&gt; and rate it again to see the trend.</source>
        <translation>&lt;b&gt;3. Kommen Sie morgen wieder&lt;/b&gt; und bewerten Sie es erneut, um den Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your data stays on this computer, in &lt;code&gt;%1&lt;/code&gt;. A backup is made every day and kept in &lt;code&gt;%2&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;&lt;i&gt;KnotMap is a self-care aid, not a diagnosis.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ihre Daten bleiben auf diesem Computer, in &lt;code&gt;%1&lt;/code&gt;. Jeden Tag wird eine Sicherung erstellt und in &lt;code&gt;%2&lt;/code&gt; aufbewahrt.&lt;/p&gt;&lt;p&gt;&lt;i&gt;KnotMap ist eine Hilfe zur Selbsthilfe, keine Diagnose.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Explore &amp;Demo Data</source>
        <translation>&amp;Beispieldaten ansehen</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Loslegen</translation>
    </message>
    <message>
        <source>The demo cannot replace the database that is open.</source>
        <translation>Die Beispieldaten können die geöffnete Datenbank nicht ersetzen.</translation>
    </message>
    <message>
        <source>Demo Data</source>
        <translation>Beispieldaten</translation>
    </message>
    <message>
        <source>The demo data could not be made: %1</source>
        <translation>Die Beispieldaten konnten nicht erstellt werden: %1</translation>
    </message>
</context>
</TS>
