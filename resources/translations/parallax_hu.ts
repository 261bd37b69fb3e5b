<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hu_HU">
    <context>
        <name>Library</name>
        <message>
            <source>Filter by title, issuer, date or kind</source>
            <translation>Szűrés cím, kibocsátó, dátum vagy fajta szerint</translation>
        </message>
        <message>
            <source>Add sources…</source>
            <translation>Források hozzáadása…</translation>
        </message>
        <message>
            <source>Import text, Markdown, HTML, PDF, DOCX or EPUB files (Ctrl+O).
You can also drop files on the window, or paste a web page's text with Ctrl+Shift+V.</source>
            <translation>Szöveg-, Markdown-, HTML-, PDF-, DOCX- vagy EPUB-fájlok importálása (Ctrl+O).
A fájlokat az ablakra is húzhatja, vagy egy weboldal szövegét beillesztheti a Ctrl+Shift+V billentyűkkel.</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Megnyitás</translation>
        </message>
        <message>
            <source>Open Beside Current	Ctrl+Click</source>
            <translation>Megnyitás a jelenlegi mellett	Ctrl+kattintás</translation>
        </message>
        <message>
            <source>Edit Description…</source>
            <translation>Leírás szerkesztése…</translation>
        </message>
        <message>
            <source>Move to Trash</source>
            <translation>Áthelyezés a lomtárba</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>&amp;Compare</source>
            <translation>Össze&amp;vetés</translation>
        </message>
        <message>
            <source>&amp;Link Paragraphs</source>
            <translation>Bekezdések össze&amp;kapcsolása</translation>
        </message>
        <message>
            <source>&amp;Unlink Paragraph</source>
            <translation>Bekezdés kapcsolatának &amp;megszüntetése</translation>
        </message>
        <message>
            <source>&amp;Suggest Alignment</source>
            <translation>&amp;Párhuzamosítás javaslása</translation>
        </message>
        <message>
            <source>&amp;Accept Suggestion Here</source>
            <translation>Javaslat &amp;elfogadása itt</translation>
        </message>
        <message>
            <source>&amp;Reject Suggestion Here</source>
            <translation>Javaslat el&amp;utasítása itt</translation>
        </message>
        <message>
            <source>Accept All Suggestions</source>
            <translation>Minden javaslat elfogadása</translation>
        </message>
        <message>
            <source>Reject All Suggestions</source>
            <translation>Minden javaslat elutasítása</translation>
        </message>
        <message>
            <source>S&amp;ynchronized Scrolling</source>
            <translation>Össze&amp;hangolt görgetés</translation>
        </message>
        <message>
            <source>&amp;Mark Selection in All Panes</source>
            <translation>A kijelölés k&amp;iemelése minden ablaktáblában</translation>
        </message>
        <message>
            <source>Next Marked Term</source>
            <translation>Következő kiemelt kifejezés</translation>
        </message>
        <message>
            <source>Previous Marked Term</source>
            <translation>Előző kiemelt kifejezés</translation>
        </message>
        <message>
            <source>Shared &amp;Terms</source>
            <translation>Közös &amp;kifejezések</translation>
        </message>
        <message>
            <source>Show &amp;Differences</source>
            <translation>&amp;Eltérések mutatása</translation>
        </message>
        <message>
            <source>Differences Ignore &amp;Case</source>
            <translation>Az eltérések a kis- és nagy&amp;betűt nem nézik</translation>
        </message>
        <message>
            <source>Differences Ignore &amp;Punctuation</source>
            <translation>Az eltérések az írás&amp;jeleket nem nézik</translation>
        </message>
        <message>
            <source>Move Pane &amp;Left</source>
            <translation>Ablaktábla mozgatása &amp;balra</translation>
        </message>
        <message>
            <source>Move Pane &amp;Right</source>
            <translation>Ablaktábla mozgatása &amp;jobbra</translation>
        </message>
        <message>
            <source>E&amp;xport Notes…</source>
            <translation>Jegyzetek e&amp;xportálása…</translation>
        </message>
        <message>
            <source>Export &amp;Bibliography…</source>
            <translation>Bibliográ&amp;fia exportálása…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Nyomtatás…</translation>
        </message>
        <message>
            <source>Cite Parallax's ¶ Num&amp;bers Too</source>
            <translation>A Parallax ¶-&amp;számainak idézése is</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Jegyzetek</translation>
        </message>
        <message>
            <source>&amp;New Note from Selection</source>
            <translation>Ú&amp;j jegyzet a kijelölésből</translation>
        </message>
        <message>
            <source>&amp;Add Passage to Note</source>
            <translation>Szövegrész &amp;hozzáadása a jegyzethez</translation>
        </message>
        <message>
            <source>Notes &amp;Here</source>
            <translation>Jegyzetek &amp;itt</translation>
        </message>
        <message>
            <source>&amp;Go to Notes</source>
            <translation>&amp;Ugrás a jegyzetekhez</translation>
        </message>
        <message>
            <source>Move Note to &amp;Trash</source>
            <translation>Jegyzet áthelyezése a &amp;lomtárba</translation>
        </message>
        <message>
            <source>Notes T&amp;rash</source>
            <translation>Jegyzetek lom&amp;tára</translation>
        </message>
        <message>
            <source>Notes &amp;Panel</source>
            <translation>Jegyzetek &amp;panel</translation>
        </message>
        <message>
            <source>&amp;Back Up Now</source>
            <translation>&amp;Biztonsági mentés most</translation>
        </message>
        <message>
            <source>&amp;Restore from Backup…</source>
            <translation>&amp;Visszaállítás biztonsági mentésből…</translation>
        </message>
        <message>
            <source>Backups &amp;Kept…</source>
            <translation>Megőrzött mentések &amp;száma…</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Keresés</translation>
        </message>
        <message>
            <source>&amp;Search Everything</source>
            <translation>&amp;Keresés mindenben</translation>
        </message>
        <message>
            <source>&amp;Next Hit</source>
            <translation>Következő &amp;találat</translation>
        </message>
        <message>
            <source>&amp;Previous Hit</source>
            <translation>E&amp;lőző találat</translation>
        </message>
        <message>
            <source>Search &amp;Results</source>
            <translation>Keresési &amp;eredmények</translation>
        </message>
        <message>
            <source>&amp;Timeline</source>
            <translation>&amp;Idővonal</translation>
        </message>
        <message>
            <source>&amp;Timeline Panel</source>
            <translation>&amp;Idővonal panel</translation>
        </message>
        <message>
            <source>&amp;Go to Timeline</source>
            <translation>&amp;Ugrás az idővonalra</translation>
        </message>
        <message>
            <source>&amp;Add Event…</source>
            <translation>&amp;Esemény hozzáadása…</translation>
        </message>
        <message>
            <source>&amp;Fit Timeline</source>
            <translation>Idővonal &amp;igazítása az ablakhoz</translation>
        </message>
        <message>
            <source>&amp;Zoom to Date Range</source>
            <translation>Nagyítás a &amp;dátumtartományra</translation>
        </message>
        <message>
            <source>&amp;Clear Date Range</source>
            <translation>Dátumtartomány &amp;törlése</translation>
        </message>
        <message>
            <source>&amp;Focus Mode</source>
            <translation>&amp;Fókusz mód</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fájl</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>S&amp;zerkesztés</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Nézet</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Súgó</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Jegyzetek</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Keresés</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Idővonal</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Nyelv</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Nyelv</translation>
        </message>
        <message>
            <source>Parallax will speak {language} from its next start.</source>
            <translation>A Parallax a következő indítástól {language} nyelven szól.</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importálás…</translation>
        </message>
        <message>
            <source>Open &amp;Shared Library…</source>
            <translation>&amp;Közös könyvtár megnyitása…</translation>
        </message>
        <message>
            <source>&amp;Trash…</source>
            <translation>&amp;Lomtár…</translation>
        </message>
        <message>
            <source>Import Size &amp;Limit…</source>
            <translation>Importálási &amp;méretkorlát…</translation>
        </message>
        <message>
            <source>&amp;Edit Description…</source>
            <translation>Leírás sz&amp;erkesztése…</translation>
        </message>
        <message>
            <source>&amp;Move to Trash</source>
            <translation>Áthelyezés a lom&amp;tárba</translation>
        </message>
        <message>
            <source>Document &amp;Information…</source>
            <translation>&amp;Dokumentumadatok…</translation>
        </message>
        <message>
            <source>&amp;Close Pane</source>
            <translation>Ablaktábla be&amp;zárása</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Kilépés</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Visszavonás</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Mégis</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>Má&amp;solás</translation>
        </message>
        <message>
            <source>Copy C&amp;itation</source>
            <translation>&amp;Hivatkozás másolása</translation>
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation>Az összes &amp;kijelölése</translation>
        </message>
        <message>
            <source>Paste as &amp;New Source…</source>
            <translation>Beillesztés ú&amp;j forrásként…</translation>
        </message>
        <message>
            <source>&amp;Find in Document…</source>
            <translation>Keresés a &amp;dokumentumban…</translation>
        </message>
        <message>
            <source>Find &amp;Next</source>
            <translation>Követke&amp;ző előfordulás</translation>
        </message>
        <message>
            <source>Find &amp;Previous</source>
            <translation>E&amp;lőző előfordulás</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>Na&amp;gyítás</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>K&amp;icsinyítés</translation>
        </message>
        <message>
            <source>&amp;Actual Size</source>
            <translation>&amp;Eredeti méret</translation>
        </message>
        <message>
            <source>&amp;Dark Palette</source>
            <translation>&amp;Sötét színséma</translation>
        </message>
        <message>
            <source>Page Images &amp;Beside the Text</source>
            <translation>Oldalképek a szöveg &amp;mellett</translation>
        </message>
        <message>
            <source>Page Images I&amp;nstead of the Text</source>
            <translation>Oldalképek a szöveg &amp;helyett</translation>
        </message>
        <message>
            <source>&amp;Text Only</source>
            <translation>Csak a &amp;szöveg</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Billentyűparancsok</translation>
        </message>
        <message>
            <source>&amp;About {app}</source>
            <translation>A {app} &amp;névjegye</translation>
        </message>
        <message>
            <source>&amp;Library Panel</source>
            <translation>&amp;Könyvtár panel</translation>
        </message>
        <message>
            <source>&amp;Panels</source>
            <translation>&amp;Panelek</translation>
        </message>
        <message>
            <source>Panels &amp;Give Way Side by Side</source>
            <translation>A panelek &amp;utat adnak az egymás melletti olvasásnak</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Könyvtár</translation>
        </message>
        <message>
            <source>Show or hide the library (F9)</source>
            <translation>A könyvtár megjelenítése vagy elrejtése (F9)</translation>
        </message>
        <message>
            <source>Show or hide the notes (F10)</source>
            <translation>A jegyzetek megjelenítése vagy elrejtése (F10)</translation>
        </message>
        <message>
            <source>Show or hide the search results</source>
            <translation>A keresési találatok megjelenítése vagy elrejtése</translation>
        </message>
        <message>
            <source>Show or hide the timeline (F7)</source>
            <translation>Az idővonal megjelenítése vagy elrejtése (F7)</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>Show</source>
            <translation>Megjelenítés</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Elrejtés</translation>
        </message>
        <message>
            <source>Click an item for its details; drag along the ruler to pick dates.</source>
            <translation>Kattintson egy elemre a részletekért; a vonalzó mentén húzva dátumokat jelölhet ki.</translation>
        </message>
        <message>
            <source>Zoom out (−, Ctrl+wheel)</source>
            <translation>Kicsinyítés (−, Ctrl+görgő)</translation>
        </message>
        <message>
            <source>Zoom from the two months down to hours</source>
            <translation>Nagyítás a két hónaptól az órákig</translation>
        </message>
        <message>
            <source>Zoom in (+, Ctrl+wheel)</source>
            <translation>Nagyítás (+, Ctrl+görgő)</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Egészet</translation>
        </message>
        <message>
            <source>Show the whole period (0 or Home)</source>
            <translation>A teljes időszak mutatása (0 vagy Home)</translation>
        </message>
        <message>
            <source>Lanes</source>
            <translation>Sávok</translation>
        </message>
        <message>
            <source>Show Hidden Events</source>
            <translation>Rejtett események mutatása</translation>
        </message>
        <message>
            <source>Add Event…</source>
            <translation>Esemény hozzáadása…</translation>
        </message>
        <message>
            <source>Add an event of your own (Ctrl+Alt+E)</source>
            <translation>Saját esemény hozzáadása (Ctrl+Alt+E)</translation>
        </message>
        <message>
            <source>Zoom to Range</source>
            <translation>Nagyítás a tartományra</translation>
        </message>
        <message>
            <source>Fit the picked dates across the strip</source>
            <translation>A kijelölt dátumok a sáv teljes szélességében</translation>
        </message>
        <message>
            <source>Clear Range</source>
            <translation>Tartomány törlése</translation>
        </message>
        <message>
            <source>Show every date again (Esc in the timeline)</source>
            <translation>Újra minden dátum mutatása (Esc az idővonalon)</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Megnyitás</translation>
        </message>
        <message>
            <source>Open the document or note (double-click)</source>
            <translation>A dokumentum vagy jegyzet megnyitása (dupla kattintás)</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Szerkesztés…</translation>
        </message>
        <message>
            <source>Edit the event (double-click)</source>
            <translation>Az esemény szerkesztése (dupla kattintás)</translation>
        </message>
        <message>
            <source>Hide this bundled event (it can be shown again)</source>
            <translation>A beépített esemény elrejtése (újra megjeleníthető)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Törlés</translation>
        </message>
        <message>
            <source>Delete this event of yours (Delete; Ctrl+Z brings it back)</source>
            <translation>Saját esemény törlése (Delete; a Ctrl+Z visszahozza)</translation>
        </message>
    </context>
    <context>
        <name>Window</name>
        <message>
            <source>Opening the library…</source>
            <translation>A könyvtár megnyitása…</translation>
        </message>
    </context>
    <context>
        <name>Timeline events</name>
        <message>
            <source>Rajk and other purge victims reburied</source>
            <translation>Rajk László és társai újratemetése</translation>
        </message>
        <message>
            <source>László Rajk and fellow victims of the 1949 show trials were given a ceremonial reburial. Around 200,000 people took part.</source>
            <translation>Rajk Lászlót és az 1949-es koncepciós perek más áldozatait ünnepélyesen újratemették. Mintegy 200 000 ember vett részt a temetésen.</translation>
        </message>
        <message>
            <source>Imre Nagy readmitted to the party</source>
            <translation>Nagy Imrét visszaveszik a pártba</translation>
        </message>
        <message>
            <source>The Politburo of the Hungarian Working People's Party agreed to restore Imre Nagy's party membership. The decision became public on 14 October.</source>
            <translation>A Magyar Dolgozók Pártja Politikai Bizottsága hozzájárult Nagy Imre párttagságának helyreállításához. A döntést október 14-én hozták nyilvánosságra.</translation>
        </message>
        <message>
            <source>Khrushchev flies to Warsaw unannounced</source>
            <translation>Hruscsov bejelentés nélkül Varsóba repül</translation>
        </message>
        <message>
            <source>A Soviet leadership delegation headed by Nikita Khrushchev arrived in Warsaw without advance notice.</source>
            <translation>A szovjet vezetés Nyikita Hruscsov vezette küldöttsége előzetes bejelentés nélkül érkezett Varsóba.</translation>
        </message>
        <message>
            <source>Polish party's Eighth Plenum opens</source>
            <translation>Megnyílik a LEMP KB VIII. plénuma</translation>
        </message>
        <message>
            <source>The Central Committee of the Polish United Workers' Party began its Eighth Plenum, the session that returned Władysław Gomułka to the leadership.</source>
            <translation>A Lengyel Egyesült Munkáspárt Központi Bizottsága megkezdte VIII. plénumát; ez az ülés juttatta vissza Władysław Gomułkát a vezetésbe.</translation>
        </message>
        <message>
            <source>Soviet Presidium takes up the Polish crisis</source>
            <translation>Az SZKP KB Elnöksége a lengyel válságról tárgyal</translation>
        </message>
        <message>
            <source>The CPSU Presidium discussed developments in Poland and considered dispatching Anastas Mikoyan to Hungary.</source>
            <translation>Az SZKP KB Elnöksége megvitatta a lengyelországi fejleményeket, és fontolóra vette, hogy Anasztasz Mikojant Magyarországra küldje.</translation>
        </message>
        <message>
            <source>Moscow decides against force in Poland</source>
            <translation>Moszkva elveti az erő alkalmazását Lengyelországban</translation>
        </message>
        <message>
            <source>The CPSU Presidium resolved to refrain from military intervention in Poland.</source>
            <translation>Az SZKP KB Elnöksége úgy határozott, hogy tartózkodik a lengyelországi katonai beavatkozástól.</translation>
        </message>
        <message>
            <source>Gomułka becomes Polish party leader</source>
            <translation>Gomułka a lengyel párt élére kerül</translation>
        </message>
        <message>
            <source>The Polish party's Central Committee chose Władysław Gomułka as its First Secretary.</source>
            <translation>A lengyel párt Központi Bizottsága Władysław Gomułkát választotta első titkárává.</translation>
        </message>
        <message>
            <source>Technical University students adopt their demands</source>
            <translation>A műegyetemisták elfogadják követeléseiket</translation>
        </message>
        <message>
            <source>Four to five thousand students met in the Aula of the Technical University on the afternoon of 22 October and adopted a list of political demands, among them equal relations with the USSR (the Legation counted ten in Szabad Ifjúság of the next day; the students' own list was longer).</source>
            <translation>Négy-ötezer diák gyűlt össze október 22-én délután a Műegyetem aulájában, és politikai követelések listáját fogadta el, köztük a Szovjetunióval való egyenjogú viszonyt (az amerikai követség a Szabad Ifjúság másnapi számában tíz követelést számolt meg; a diákok saját listája hosszabb volt).</translation>
        </message>
        <message>
            <source>Marchers gather at Bem statue and Parliament</source>
            <translation>Tüntetők a Bem-szobornál és a Parlamentnél</translation>
        </message>
        <message>
            <source>Students, joined by growing numbers of Budapest residents, marched to the statue of General Bem and then on to the square before Parliament.</source>
            <translation>Az egyetemisták – akikhez egyre több budapesti lakos csatlakozott – Bem tábornok szobrához, majd onnan a Parlament előtti térre vonultak.</translation>
        </message>
        <message>
            <source>Gerő speaks to the nation by radio</source>
            <translation>Gerő rádióbeszéde a nemzethez</translation>
        </message>
        <message>
            <source>At 8 p.m. Ernő Gerő, First Secretary of the ruling party, gave a radio address in response to the day's demonstrations.</source>
            <translation>Gerő Ernő, a kormányzó párt első titkára 20 órakor rádióbeszédet mondott, válaszul a nap tüntetéseire.</translation>
        </message>
        <message>
            <source>Gunfire at the Hungarian Radio building</source>
            <translation>Lövöldözés a Magyar Rádió székházánál</translation>
        </message>
        <message>
            <source>Shooting broke out at the headquarters of Hungarian Radio, where a crowd had gathered to demand that its programme be broadcast; the clash turned the protest into armed fighting.</source>
            <translation>Lövöldözés tört ki a Magyar Rádió székházánál, ahol a tömeg azért gyűlt össze, hogy követelje programja beolvasását; az összecsapás nyomán a tiltakozásból fegyveres harc lett.</translation>
        </message>
        <message>
            <source>Crowd topples the Stalin monument</source>
            <translation>A tömeg ledönti a Sztálin-szobrot</translation>
        </message>
        <message>
            <source>Demonstrators brought down the huge statue of Stalin near the City Park.</source>
            <translation>A tüntetők ledöntötték a hatalmas Sztálin-szobrot a Városliget mellett.</translation>
        </message>
        <message>
            <source>Soviet Presidium backs troop deployment</source>
            <translation>Az SZKP KB Elnöksége támogatja a csapatok bevetését</translation>
        </message>
        <message>
            <source>Meeting in Moscow, the CPSU Presidium supported sending Soviet troops into Budapest.</source>
            <translation>Moszkvai ülésén az SZKP KB Elnöksége támogatta, hogy szovjet csapatokat küldjenek Budapestre.</translation>
        </message>
        <message>
            <source>Mikoyan and Suslov dispatched to Budapest</source>
            <translation>Mikojant és Szuszlovot Budapestre küldik</translation>
        </message>
        <message>
            <source>The Presidium sent its members Anastas Mikoyan and Mikhail Suslov to Budapest to handle the crisis on the spot.</source>
            <translation>Az Elnökség két tagját, Anasztasz Mikojant és Mihail Szuszlovot Budapestre küldte, hogy a helyszínen kezeljék a válságot.</translation>
        </message>
        <message>
            <source>Soviet tanks roll into Budapest</source>
            <translation>Szovjet harckocsik vonulnak be Budapestre</translation>
        </message>
        <message>
            <source>Soviet troops entered Budapest at 4:30 a.m., as the Legation reported in its telegram 156 of 24 October.</source>
            <translation>A szovjet csapatok 4:30-kor vonultak be Budapestre, ahogy az amerikai követség október 24-i 156. sz. táviratában jelentette.</translation>
        </message>
        <message>
            <source>Radio announces Nagy as prime minister</source>
            <translation>A rádió bejelenti: Nagy Imre a miniszterelnök</translation>
        </message>
        <message>
            <source>Budapest radio announced Imre Nagy as head of the government; by 25 October the Legation took him to be Premier.</source>
            <translation>A budapesti rádió bejelentette, hogy Nagy Imre a kormány feje; október 25-re az amerikai követség már miniszterelnöknek tekintette.</translation>
        </message>
        <message>
            <source>Martial law proclaimed</source>
            <translation>Kihirdetik a statáriumot</translation>
        </message>
        <message>
            <source>The government placed the country under martial law in an effort to end the armed uprising.</source>
            <translation>A kormány statáriumot hirdetett az országban, azzal a céllal, hogy véget vessen a fegyveres felkelésnek.</translation>
        </message>
        <message>
            <source>Gomułka speaks to a huge Warsaw crowd</source>
            <translation>Gomułka hatalmas varsói tömeg előtt beszél</translation>
        </message>
        <message>
            <source>Władysław Gomułka, newly elected party leader, addressed a mass gathering in the centre of Warsaw.</source>
            <translation>Władysław Gomułka, a párt újonnan megválasztott vezetője, tömeggyűlésen szólalt fel Varsó központjában.</translation>
        </message>
        <message>
            <source>Secret Protocol of Sèvres signed</source>
            <translation>Aláírják a titkos sèvres-i jegyzőkönyvet</translation>
        </message>
        <message>
            <source>Representatives of Britain, France and Israel signed, in secret, the protocol setting out their joint plan of action against Egypt.</source>
            <translation>Nagy-Britannia, Franciaország és Izrael képviselői titokban aláírták azt a jegyzőkönyvet, amely rögzítette Egyiptom elleni közös fellépésük tervét.</translation>
        </message>
        <message>
            <source>Crowd fired on at Kossuth Square</source>
            <translation>Sortűz a Kossuth téren</translation>
        </message>
        <message>
            <source>Gunfire was directed into a crowd of demonstrators assembled in Kossuth Square in front of Parliament, leaving many dead and wounded.</source>
            <translation>A Parlament előtti Kossuth téren összegyűlt tüntetők tömegére tüzet nyitottak; sokan meghaltak és megsebesültek.</translation>
        </message>
        <message>
            <source>Kádár takes over from Gerő as party chief</source>
            <translation>Kádár váltja Gerőt a párt élén</translation>
        </message>
        <message>
            <source>János Kádár succeeded Ernő Gerő as First Secretary of the Hungarian Working People's Party.</source>
            <translation>Kádár János követte Gerő Ernőt a Magyar Dolgozók Pártja első titkári tisztségében.</translation>
        </message>
        <message>
            <source>Kádár and Nagy address the country by radio</source>
            <translation>Kádár és Nagy a rádióban szól az országhoz</translation>
        </message>
        <message>
            <source>The new party leader, János Kádár, and Prime Minister Imre Nagy each spoke to the public over the radio.</source>
            <translation>A párt új vezetője, Kádár János, és Nagy Imre miniszterelnök külön-külön a rádióban szólt a lakossághoz.</translation>
        </message>
        <message>
            <source>Eisenhower condemns Soviet intervention</source>
            <translation>Eisenhower elítéli a szovjet beavatkozást</translation>
        </message>
        <message>
            <source>President Eisenhower issued a statement deploring the use of Soviet troops against the people of Hungary.</source>
            <translation>Eisenhower elnök nyilatkozatban fejezte ki rosszallását amiatt, hogy szovjet csapatokat vetettek be a magyar nép ellen.</translation>
        </message>
        <message>
            <source>Killings at Mosonmagyaróvár</source>
            <translation>A mosonmagyaróvári sortűz</translation>
        </message>
        <message>
            <source>Demonstrators in the western Hungarian town of Mosonmagyaróvár came under fire; more than 50 people were killed.</source>
            <translation>A nyugat-magyarországi Mosonmagyaróváron tüzet nyitottak a tüntetőkre; több mint 50 ember meghalt.</translation>
        </message>
        <message>
            <source>Western powers ask for Security Council debate</source>
            <translation>A nyugati hatalmak a BT összehívását kérik</translation>
        </message>
        <message>
            <source>The United States, Britain and France requested a meeting of the Security Council to consider the situation in Hungary.</source>
            <translation>Az Egyesült Államok, Nagy-Britannia és Franciaország kérte a Biztonsági Tanács összehívását a magyarországi helyzet megvitatására.</translation>
        </message>
        <message>
            <source>Dulles speech in Dallas on the satellites</source>
            <translation>Dulles dallasi beszéde a csatlósállamokról</translation>
        </message>
        <message>
            <source>Secretary of State John Foster Dulles declared in Dallas that the United States did not look on the Soviet satellite states as potential military allies. The date comes from secondary sources; the FRUS document cited only refers to the speech.</source>
            <translation>John Foster Dulles külügyminiszter Dallasban kijelentette, hogy az Egyesült Államok nem tekinti potenciális katonai szövetségesnek a szovjet csatlósállamokat. A dátum másodlagos forrásokból származik; a hivatkozott FRUS-dokumentum csak utal a beszédre.</translation>
        </message>
        <message>
            <source>Ceasefire announced in Hungary</source>
            <translation>Tűzszünetet hirdetnek Magyarországon</translation>
        </message>
        <message>
            <source>A ceasefire in the fighting between insurgents and government and Soviet forces was proclaimed.</source>
            <translation>Kihirdették a tűzszünetet a felkelők és a kormány-, valamint a szovjet erők közötti harcokban.</translation>
        </message>
        <message>
            <source>Nagy promises Soviet pull-out and end of ÁVH</source>
            <translation>Nagy ígéri a szovjet kivonulást és az ÁVH megszüntetését</translation>
        </message>
        <message>
            <source>In a radio speech Imre Nagy announced that Soviet troops would leave Budapest and that the ÁVH security police would be abolished.</source>
            <translation>Nagy Imre rádióbeszédében bejelentette, hogy a szovjet csapatok elhagyják Budapestet, és hogy az állambiztonsági rendőrséget, az ÁVH-t megszüntetik.</translation>
        </message>
        <message>
            <source>Security Council puts Hungary on its agenda</source>
            <translation>A BT napirendre tűzi a magyar kérdést</translation>
        </message>
        <message>
            <source>At its 746th meeting the Security Council adopted the Hungarian item for its agenda but reached no decision.</source>
            <translation>A Biztonsági Tanács 746. ülésén napirendjére vette a magyar kérdést, de döntést nem hozott.</translation>
        </message>
        <message>
            <source>First refugees cross the border</source>
            <translation>Az első menekültek átlépik a határt</translation>
        </message>
        <message>
            <source>The first people fleeing Hungary reached Austria and Yugoslavia.</source>
            <translation>Az első Magyarországról menekülők elérték Ausztriát és Jugoszláviát.</translation>
        </message>
        <message>
            <source>Israeli offensive into Sinai begins</source>
            <translation>Megindul az izraeli offenzíva a Sínai-félszigeten</translation>
        </message>
        <message>
            <source>Israeli forces launched an attack into Egypt's Sinai Peninsula.</source>
            <translation>Az izraeli erők támadást indítottak Egyiptom Sínai-félszigetén.</translation>
        </message>
        <message>
            <source>Soviet forces start leaving Budapest</source>
            <translation>A szovjet erők megkezdik kivonulásukat Budapestről</translation>
        </message>
        <message>
            <source>Soviet units began to withdraw from the capital; the exact day is approximate.</source>
            <translation>A szovjet alakulatok megkezdték kivonulásukat a fővárosból; a pontos nap csak hozzávetőleges.</translation>
        </message>
        <message>
            <source>Nagy ends the one-party system</source>
            <translation>Nagy Imre megszünteti az egypártrendszert</translation>
        </message>
        <message>
            <source>In a broadcast at 2:28 p.m., Imre Nagy announced the abolition of one-party rule and the formation of a small inner cabinet.</source>
            <translation>Nagy Imre 14:28-kor rádióbeszédben jelentette be az egypártrendszer megszüntetését és egy szűkebb kabinet megalakítását.</translation>
        </message>
        <message>
            <source>Party headquarters besieged</source>
            <translation>A Köztársaság téri pártház ostroma</translation>
        </message>
        <message>
            <source>Armed insurgents attacked the Budapest party headquarters on Köztársaság (Republic) Square; after the building fell, a number of its defenders were killed.</source>
            <translation>Fegyveres felkelők megtámadták a budapesti pártbizottság Köztársaság téri székházát; az épület eleste után több védőjét megölték.</translation>
        </message>
        <message>
            <source>Soviet Presidium adopts the Declaration</source>
            <translation>Az SZKP KB Elnöksége elfogadja a nyilatkozatot</translation>
        </message>
        <message>
            <source>The CPSU Presidium approved the Soviet government's Declaration on relations between the Soviet Union and the other socialist states, and the text was released the same day.</source>
            <translation>Az SZKP KB Elnöksége jóváhagyta a szovjet kormány nyilatkozatát a Szovjetunió és a többi szocialista állam kapcsolatairól; a szöveget még aznap nyilvánosságra hozták.</translation>
        </message>
        <message>
            <source>Britain and France issue Suez ultimatum</source>
            <translation>Nagy-Britannia és Franciaország szuezi ultimátuma</translation>
        </message>
        <message>
            <source>The British and French governments called on Egypt and Israel to stop fighting and pull back from the Suez Canal, warning that they would otherwise intervene.</source>
            <translation>A brit és a francia kormány felszólította Egyiptomot és Izraelt, hogy szüntessék be a harcot, és vonuljanak vissza a Szuezi-csatornától, különben beavatkoznak.</translation>
        </message>
        <message>
            <source>Britain and France veto US draft S/3710</source>
            <translation>Brit és francia vétó az S/3710 sz. amerikai tervezetre</translation>
        </message>
        <message>
            <source>At the Security Council's 749th and 750th meetings, Britain and France cast vetoes against the US draft resolution S/3710 on the Israeli attack on Egypt.</source>
            <translation>A Biztonsági Tanács 749. és 750. ülésén Nagy-Britannia és Franciaország megvétózta az Egyesült Államok S/3710 sz. határozattervezetét az Egyiptom elleni izraeli támadásról.</translation>
        </message>
        <message>
            <source>Cardinal Mindszenty freed</source>
            <translation>Kiszabadul Mindszenty bíboros</translation>
        </message>
        <message>
            <source>Cardinal József Mindszenty, Primate of Hungary, was released from detention in the evening.</source>
            <translation>Mindszenty József bíboros, Magyarország hercegprímása este kiszabadult fogságából.</translation>
        </message>
        <message>
            <source>Pravda prints the Soviet Declaration</source>
            <translation>A Pravda közli a szovjet nyilatkozatot</translation>
        </message>
        <message>
            <source>The Soviet government's Declaration of 30 October on relations with the other socialist states appeared in Pravda.</source>
            <translation>A Pravdában megjelent a szovjet kormány október 30-i nyilatkozata a többi szocialista állammal való kapcsolatokról.</translation>
        </message>
        <message>
            <source>TASS reports talks on Soviet withdrawal</source>
            <translation>A TASZSZ tárgyalásokról ad hírt a szovjet kivonulásról</translation>
        </message>
        <message>
            <source>The US legation in Budapest passed on a TASS report that talks on withdrawing Soviet troops were under way.</source>
            <translation>A budapesti amerikai követség továbbította a TASZSZ jelentését, amely szerint tárgyalások folynak a szovjet csapatok kivonásáról.</translation>
        </message>
        <message>
            <source>Soviet Presidium reverses course on Hungary</source>
            <translation>Az SZKP KB Elnöksége irányt vált Magyarország ügyében</translation>
        </message>
        <message>
            <source>The CPSU Presidium changed its position and decided on military intervention in Hungary, entrusting preparations to Marshals Zhukov and Konev.</source>
            <translation>Az SZKP KB Elnöksége megváltoztatta álláspontját, és katonai beavatkozásról döntött Magyarországon; az előkészítést Zsukov és Konyev marsallra bízta.</translation>
        </message>
        <message>
            <source>Moscow seeks consultations with Tito</source>
            <translation>Moszkva egyeztetni kíván Titóval</translation>
        </message>
        <message>
            <source>At the same session the Presidium resolved to arrange a meeting with the Yugoslav leader, Josip Broz Tito.</source>
            <translation>Ugyanezen az ülésen az Elnökség elhatározta, hogy találkozót szervez a jugoszláv vezetővel, Josip Broz Titóval.</translation>
        </message>
        <message>
            <source>British and French bombing of Egypt starts</source>
            <translation>Megkezdődik Egyiptom brit–francia bombázása</translation>
        </message>
        <message>
            <source>British and French aircraft began attacking targets in Egypt.</source>
            <translation>Brit és francia repülőgépek megkezdték egyiptomi célpontok támadását.</translation>
        </message>
        <message>
            <source>SC Res. 119 convenes emergency Assembly session</source>
            <translation>A BT 119. sz. határozata: sürgősségi közgyűlési ülésszak</translation>
        </message>
        <message>
            <source>By 7 votes to 2, with 2 abstentions, the Security Council adopted Resolution 119, calling the first emergency special session of the General Assembly.</source>
            <translation>A Biztonsági Tanács 7 szavazattal 2 ellenében, 2 tartózkodás mellett elfogadta a 119. sz. határozatot, amely összehívta a Közgyűlés első rendkívüli sürgősségi ülésszakát.</translation>
        </message>
        <message>
            <source>Eisenhower's radio and television address</source>
            <translation>Eisenhower rádió- és televízióbeszéde</translation>
        </message>
        <message>
            <source>In a 7 p.m. broadcast on Eastern Europe and the Middle East, President Eisenhower referred to the Soviet statement issued the day before.</source>
            <translation>Eisenhower elnök 19 órakor sugárzott, Kelet-Európáról és a Közel-Keletről szóló beszédében utalt az előző napon kiadott szovjet nyilatkozatra.</translation>
        </message>
        <message>
            <source>Nagy asks Moscow to negotiate full withdrawal</source>
            <translation>Nagy tárgyalást kér Moszkvától a teljes kivonulásról</translation>
        </message>
        <message>
            <source>Imre Nagy requested talks with the Soviet government on the complete withdrawal of Soviet troops from Hungary.</source>
            <translation>Nagy Imre tárgyalásokat kért a szovjet kormánytól a szovjet csapatok Magyarországról való teljes kivonásáról.</translation>
        </message>
        <message>
            <source>Ruling party relaunched as the MSZMP</source>
            <translation>A kormányzó párt MSZMP néven alakul újjá</translation>
        </message>
        <message>
            <source>The Hungarian Working People's Party was reconstituted as the Hungarian Socialist Workers' Party (MSZMP).</source>
            <translation>A Magyar Dolgozók Pártja Magyar Szocialista Munkáspárt (MSZMP) néven alakult újjá.</translation>
        </message>
        <message>
            <source>Nagy protests to Andropov over new troops</source>
            <translation>Nagy tiltakozik Andropovnál az újabb csapatok miatt</translation>
        </message>
        <message>
            <source>Imre Nagy lodged a protest with Soviet Ambassador Yuri Andropov against the entry of fresh Soviet forces into Hungary.</source>
            <translation>Nagy Imre tiltakozott Jurij Andropov szovjet nagykövetnél az ellen, hogy újabb szovjet erők vonulnak be Magyarországra.</translation>
        </message>
        <message>
            <source>Hungary quits Warsaw Treaty, declares neutrality</source>
            <translation>Kilépés a Varsói Szerződésből, a semlegesség kimondása</translation>
        </message>
        <message>
            <source>Nagy announced that Hungary was leaving the Warsaw Treaty and proclaimed the country's neutrality.</source>
            <translation>Nagy Imre bejelentette, hogy Magyarország kilép a Varsói Szerződésből, és kinyilvánította az ország semlegességét.</translation>
        </message>
        <message>
            <source>Nagy cables the UN Secretary-General</source>
            <translation>Nagy Imre távirata az ENSZ főtitkárához</translation>
        </message>
        <message>
            <source>Nagy informed the UN Secretary-General by telegram of Hungary's neutrality and sought the organisation's help; the message was circulated as document A/3251.</source>
            <translation>Nagy Imre táviratban tájékoztatta az ENSZ főtitkárát Magyarország semlegességéről, és a világszervezet segítségét kérte; az üzenetet A/3251 sz. dokumentumként terjesztették.</translation>
        </message>
        <message>
            <source>Allen Dulles stresses Soviet statement at NSC</source>
            <translation>Allen Dulles az NSC ülésén a szovjet nyilatkozatról</translation>
        </message>
        <message>
            <source>At a National Security Council meeting, CIA Director Allen Dulles called the Soviet statement of 30 October one of the most significant to come from Moscow in ten years.</source>
            <translation>A Nemzetbiztonsági Tanács ülésén Allen Dulles, a CIA igazgatója az október 30-i szovjet nyilatkozatot az elmúlt tíz év egyik legjelentősebb moszkvai megnyilatkozásának nevezte.</translation>
        </message>
        <message>
            <source>UN Assembly's first emergency session opens</source>
            <translation>Megnyílik a KGY első rendkívüli sürgősségi ülésszaka</translation>
        </message>
        <message>
            <source>The first emergency special session of the General Assembly, called over the Middle East, convened at 5 p.m. for its 562nd plenary meeting.</source>
            <translation>A Közgyűlés a közel-keleti helyzet miatt összehívott első rendkívüli sürgősségi ülésszaka 17 órakor ült össze 562. plenáris ülésére.</translation>
        </message>
        <message>
            <source>Kádár and Münnich slip away to Moscow</source>
            <translation>Kádár és Münnich titokban Moszkvába távozik</translation>
        </message>
        <message>
            <source>János Kádár and Ferenc Münnich left Budapest in secret on 1 November and arrived in Moscow the next day.</source>
            <translation>Kádár János és Münnich Ferenc november 1-jén titokban elhagyta Budapestet, és másnap Moszkvába érkezett.</translation>
        </message>
        <message>
            <source>GA Res. 997 urges a ceasefire in Egypt</source>
            <translation>A KGY 997. sz. határozata tűzszünetet sürget Egyiptomban</translation>
        </message>
        <message>
            <source>In the early hours of 2 November, at its 562nd plenary meeting, the General Assembly adopted Resolution 997 (ES-I), calling for an immediate ceasefire and a halt to the movement of forces into the area.</source>
            <translation>November 2-án a hajnali órákban, 562. plenáris ülésén a Közgyűlés elfogadta a 997 (ES-I) sz. határozatot, amely azonnali tűzszünetet és a térségbe irányuló csapatmozgások leállítását sürgette.</translation>
        </message>
        <message>
            <source>Nagy's second letter to the UN (S/3726)</source>
            <translation>Nagy Imre második levele az ENSZ-hez (S/3726)</translation>
        </message>
        <message>
            <source>Imre Nagy sent a further letter to the UN Secretary-General, circulated as Security Council document S/3726.</source>
            <translation>Nagy Imre újabb levelet küldött az ENSZ főtitkárának; ezt a Biztonsági Tanács S/3726 sz. dokumentumaként terjesztették.</translation>
        </message>
        <message>
            <source>Security Council meets again on Hungary</source>
            <translation>A BT ismét a magyar kérdésről ülésezik</translation>
        </message>
        <message>
            <source>The Security Council took up the Hungarian question at its 752nd meeting.</source>
            <translation>A Biztonsági Tanács 752. ülésén foglalkozott a magyar kérdéssel.</translation>
        </message>
        <message>
            <source>Eisenhower frees $20 million for Hungary relief</source>
            <translation>Eisenhower 20 millió dollárt szabadít fel magyar segélyre</translation>
        </message>
        <message>
            <source>President Eisenhower made 20 million dollars available for relief to the Hungarian people.</source>
            <translation>Eisenhower elnök 20 millió dollárt bocsátott rendelkezésre a magyar nép megsegítésére.</translation>
        </message>
        <message>
            <source>Khrushchev and Malenkov see Tito on Brioni</source>
            <translation>Hruscsov és Malenkov Titónál Brionin</translation>
        </message>
        <message>
            <source>Khrushchev and Malenkov flew to Tito on Brioni; their talk lasted from 7 p.m. on 2 November to 5 a.m. on 3 November, as Mićunović describes it.</source>
            <translation>Hruscsov és Malenkov Brionira repült Titóhoz; Mićunović leírása szerint megbeszélésük november 2-án 19 órától november 3-án 5 óráig tartott.</translation>
        </message>
        <message>
            <source>Nagy forms his last coalition government</source>
            <translation>Nagy Imre megalakítja utolsó koalíciós kormányát</translation>
        </message>
        <message>
            <source>Imre Nagy reorganised his government into a coalition that included ministers from several revived parties.</source>
            <translation>Nagy Imre koalíciós kormánnyá szervezte át kabinetjét, amelyben több újjáalakult párt miniszterei is helyet kaptak.</translation>
        </message>
        <message>
            <source>Cardinal Mindszenty's radio address</source>
            <translation>Mindszenty bíboros rádiószózata</translation>
        </message>
        <message>
            <source>Cardinal József Mindszenty spoke to the country over the radio.</source>
            <translation>Mindszenty József bíboros a rádióban szólt az országhoz.</translation>
        </message>
        <message>
            <source>Security Council adjourns 753rd meeting</source>
            <translation>A BT döntés nélkül berekeszti 753. ülését</translation>
        </message>
        <message>
            <source>The Security Council's 753rd meeting, on Hungary, was adjourned without any decision being taken.</source>
            <translation>A Biztonsági Tanács Magyarországgal foglalkozó 753. ülését döntés nélkül berekesztették.</translation>
        </message>
        <message>
            <source>Maléter seized at Tököl</source>
            <translation>Maléter Pált Tökölön elfogják</translation>
        </message>
        <message>
            <source>Late that night Defence Minister Pál Maléter, who had gone to the Soviet base at Tököl to negotiate the troop withdrawal, was taken prisoner.</source>
            <translation>Késő éjjel foglyul ejtették Maléter Pál honvédelmi minisztert, aki a csapatkivonásról tárgyalni ment a tököli szovjet támaszpontra.</translation>
        </message>
        <message>
            <source>Presidium confers with Kádár in Moscow</source>
            <translation>Az SZKP KB Elnöksége Kádárral tanácskozik Moszkvában</translation>
        </message>
        <message>
            <source>The CPSU Presidium discussed a new Hungarian government with János Kádár, Ferenc Münnich and Imre Horváth.</source>
            <translation>Az SZKP KB Elnöksége Kádár Jánossal, Münnich Ferenccel és Horváth Imrével tárgyalt az új magyar kormányról.</translation>
        </message>
        <message>
            <source>Operation Whirlwind launched</source>
            <translation>Megindul a Forgószél hadművelet</translation>
        </message>
        <message>
            <source>Soviet forces attacked Budapest and the country's garrisons before dawn (FRUS doc. 162: Nagy reported the attack at 5:20 a.m.).</source>
            <translation>A szovjet erők hajnal előtt megtámadták Budapestet és az ország helyőrségeit (FRUS, 162. sz. dokumentum: Nagy Imre 5:20-kor adott hírt a támadásról).</translation>
        </message>
        <message>
            <source>Kádár government proclaimed by radio</source>
            <translation>A rádió bejelenti a Kádár-kormány megalakulását</translation>
        </message>
        <message>
            <source>A radio broadcast, linked to Uzhhorod and Szolnok, announced the formation of the Revolutionary Workers' and Peasants' Government headed by János Kádár.</source>
            <translation>Egy Ungvárhoz és Szolnokhoz kötött rádióadás bejelentette a Kádár János vezette Forradalmi Munkás-Paraszt Kormány megalakulását.</translation>
        </message>
        <message>
            <source>Nagy's final radio message</source>
            <translation>Nagy Imre utolsó rádióüzenete</translation>
        </message>
        <message>
            <source>In the early morning Imre Nagy told the country by radio that Soviet troops were attacking Budapest and that the government remained at its post.</source>
            <translation>Nagy Imre kora hajnalban a rádióban közölte az országgal, hogy a szovjet csapatok megtámadták Budapestet, és a kormány a helyén van.</translation>
        </message>
        <message>
            <source>Nagy takes refuge in the Yugoslav embassy</source>
            <translation>Nagy Imre a jugoszláv nagykövetségre menekül</translation>
        </message>
        <message>
            <source>Imre Nagy and a group of his associates sought asylum at the Yugoslav embassy in Budapest.</source>
            <translation>Nagy Imre és társainak egy csoportja menedéket kért a budapesti jugoszláv nagykövetségen.</translation>
        </message>
        <message>
            <source>Mindszenty shelters in the US legation</source>
            <translation>Mindszenty az amerikai követségre menekül</translation>
        </message>
        <message>
            <source>Cardinal Mindszenty was given refuge in the United States legation in Budapest.</source>
            <translation>Mindszenty bíboros menedéket kapott a budapesti amerikai követségen.</translation>
        </message>
        <message>
            <source>Soviet veto blocks US draft on Hungary</source>
            <translation>Szovjet vétó a Magyarországról szóló amerikai tervezetre</translation>
        </message>
        <message>
            <source>At the Security Council's 754th meeting the Soviet Union vetoed the US draft resolution S/3730/Rev.1, which had nine votes in favour.</source>
            <translation>A Biztonsági Tanács 754. ülésén a Szovjetunió megvétózta az Egyesült Államok S/3730/Rev.1 sz. határozattervezetét, amely mellett kilenc szavazat szólt.</translation>
        </message>
        <message>
            <source>SC Res. 120 refers Hungary to the Assembly</source>
            <translation>A BT 120. sz. határozata a Közgyűlés elé utalja az ügyet</translation>
        </message>
        <message>
            <source>By 10 votes to 1 the Council then adopted Resolution 120, calling an emergency special session of the General Assembly on Hungary.</source>
            <translation>Ezt követően a Tanács 10 szavazattal 1 ellenében elfogadta a 120. sz. határozatot, amely Magyarország ügyében összehívta a Közgyűlés rendkívüli sürgősségi ülésszakát.</translation>
        </message>
        <message>
            <source>Second emergency special session opens</source>
            <translation>Megnyílik a második rendkívüli sürgősségi ülésszak</translation>
        </message>
        <message>
            <source>The General Assembly convened its second emergency special session to deal with the situation in Hungary.</source>
            <translation>A Közgyűlés összeült második rendkívüli sürgősségi ülésszakára, hogy a magyarországi helyzettel foglalkozzék.</translation>
        </message>
        <message>
            <source>GA Res. 1004 (ES-II) adopted on Hungary</source>
            <translation>A KGY 1004 (ES-II) sz. határozata Magyarországról</translation>
        </message>
        <message>
            <source>By 50 votes to 8, with 15 abstentions, the Assembly adopted Resolution 1004 (ES-II), calling on the Soviet Union to withdraw its forces and asking Hungary to admit UN observers.</source>
            <translation>A Közgyűlés 50 szavazattal 8 ellenében, 15 tartózkodás mellett elfogadta az 1004 (ES-II) sz. határozatot, amely felszólította a Szovjetuniót csapatai kivonására, Magyarországot pedig arra kérte, hogy engedje be az ENSZ megfigyelőit.</translation>
        </message>
        <message>
            <source>GA Res. 998 asks for a UN force plan</source>
            <translation>A KGY 998. sz. határozata ENSZ-haderő tervét kéri</translation>
        </message>
        <message>
            <source>Resolution 998 (ES-I) asked the Secretary-General to present within 48 hours a plan for an emergency international UN force to secure and supervise the end of hostilities.</source>
            <translation>A 998 (ES-I) sz. határozat felkérte a főtitkárt, hogy 48 órán belül terjesszen elő tervet egy nemzetközi rendkívüli ENSZ-haderőről, amely biztosítja és felügyeli az ellenségeskedés befejezését.</translation>
        </message>
        <message>
            <source>GA Res. 999 presses for the Suez ceasefire</source>
            <translation>A KGY 999. sz. határozata sürgeti a szuezi tűzszünetet</translation>
        </message>
        <message>
            <source>Resolution 999 (ES-I), adopted at the 563rd plenary meeting, repeated the ceasefire call and authorised the Secretary-General to arrange its implementation with the parties.</source>
            <translation>Az 563. plenáris ülésen elfogadott 999 (ES-I) sz. határozat megismételte a tűzszünetre szóló felhívást, és felhatalmazta a főtitkárt, hogy a felekkel megállapodjon annak végrehajtásáról.</translation>
        </message>
        <message>
            <source>Eisenhower statement on Hungary</source>
            <translation>Eisenhower nyilatkozata Magyarországról</translation>
        </message>
        <message>
            <source>The White House released a statement by President Eisenhower on the renewed Soviet attack in Hungary.</source>
            <translation>A Fehér Ház közzétette Eisenhower elnök nyilatkozatát a Magyarország elleni újabb szovjet támadásról.</translation>
        </message>
        <message>
            <source>Eisenhower writes to Bulganin</source>
            <translation>Eisenhower levele Bulganyinhoz</translation>
        </message>
        <message>
            <source>In a letter to Soviet Premier Nikolai Bulganin, Eisenhower quoted the Soviet Declaration of 30 October and urged the withdrawal of Soviet forces from Hungary.</source>
            <translation>Eisenhower Nyikolaj Bulganyin szovjet miniszterelnökhöz írt levelében idézte az október 30-i szovjet nyilatkozatot, és sürgette a szovjet erők kivonását Magyarországról.</translation>
        </message>
        <message>
            <source>GA Res. 1000 sets up a UN Command (UNEF)</source>
            <translation>Az 1000. sz. KGY-határozat: ENSZ-parancsnokság (UNEF)</translation>
        </message>
        <message>
            <source>The Assembly adopted Resolution 1000 (ES-I), establishing a United Nations Command for the emergency force that became UNEF.</source>
            <translation>A Közgyűlés elfogadta az 1000 (ES-I) sz. határozatot, amely ENSZ-parancsnokságot hozott létre annak a rendkívüli haderőnek, amelyből az UNEF lett.</translation>
        </message>
        <message>
            <source>Anglo-French paratroops land at Port Said</source>
            <translation>Brit–francia ejtőernyősök érnek földet Port Szaídnál</translation>
        </message>
        <message>
            <source>British and French airborne troops were dropped in the Port Said area at the northern end of the Suez Canal.</source>
            <translation>Brit és francia ejtőernyős csapatokat dobtak le Port Szaíd térségében, a Szuezi-csatorna északi végénél.</translation>
        </message>
        <message>
            <source>Bulganin sends letters on the Suez war</source>
            <translation>Bulganyin levelei a szuezi háborúról</translation>
        </message>
        <message>
            <source>Soviet Premier Nikolai Bulganin wrote to the governments involved in the attack on Egypt, and to President Eisenhower proposing joint US–Soviet action.</source>
            <translation>Nyikolaj Bulganyin szovjet miniszterelnök levelet írt az Egyiptom elleni támadásban részt vevő kormányoknak, valamint Eisenhower elnöknek, akinek közös amerikai–szovjet fellépést javasolt.</translation>
        </message>
        <message>
            <source>White House rejects joint US–Soviet action</source>
            <translation>A Fehér Ház elutasítja a közös amerikai–szovjet fellépést</translation>
        </message>
        <message>
            <source>The White House turned down the Soviet proposal that the two powers act together in the Middle East.</source>
            <translation>A Fehér Ház elutasította azt a szovjet javaslatot, hogy a két nagyhatalom közösen lépjen fel a Közel-Keleten.</translation>
        </message>
        <message>
            <source>Allied forces come ashore at Port Said</source>
            <translation>A szövetséges erők partra szállnak Port Szaídnál</translation>
        </message>
        <message>
            <source>British and French seaborne forces landed at Port Said.</source>
            <translation>Tengeri úton érkezett brit és francia csapatok szálltak partra Port Szaídnál.</translation>
        </message>
        <message>
            <source>Ceasefire in Egypt takes effect</source>
            <translation>Életbe lép a tűzszünet Egyiptomban</translation>
        </message>
        <message>
            <source>The Anglo-French ceasefire came into force at about midnight on the night of 6 to 7 November; the timing is approximate.</source>
            <translation>A brit–francia tűzszünet november 6-áról 7-ére virradó éjjel, éjfél körül lépett életbe; az időpont hozzávetőleges.</translation>
        </message>
        <message>
            <source>Eisenhower wins a second term</source>
            <translation>Eisenhowert újraválasztják</translation>
        </message>
        <message>
            <source>Dwight D. Eisenhower was re-elected President of the United States, winning 457 electoral votes.</source>
            <translation>Dwight D. Eisenhowert 457 elektori szavazattal újraválasztották az Egyesült Államok elnökévé.</translation>
        </message>
        <message>
            <source>Presidium argues over Hungarian party appeal</source>
            <translation>Vita az SZKP KB Elnökségében a magyar párt felhívásáról</translation>
        </message>
        <message>
            <source>The CPSU Presidium debated the appeal issued by the new Hungarian party, with Molotov and Khrushchev taking opposing positions.</source>
            <translation>Az SZKP KB Elnöksége megvitatta az új magyar párt által kiadott felhívást; Molotov és Hruscsov ellentétes álláspontot képviselt.</translation>
        </message>
        <message>
            <source>GA Res. 1001 on the UN Emergency Force</source>
            <translation>Az 1001. sz. KGY-határozat az ENSZ rendkívüli haderejéről</translation>
        </message>
        <message>
            <source>Resolution 1001 (ES-I) dealt with the organisation and functioning of the UN Emergency Force, endorsing the Secretary-General's proposals.</source>
            <translation>Az 1001 (ES-I) sz. határozat az ENSZ rendkívüli haderejének megszervezéséről és működéséről szólt, és jóváhagyta a főtitkár javaslatait.</translation>
        </message>
        <message>
            <source>GA Res. 1002 calls for withdrawal from Egypt</source>
            <translation>Az 1002. sz. KGY-határozat kivonulást követel Egyiptomból</translation>
        </message>
        <message>
            <source>Resolution 1002 (ES-I) called on Israel to pull its forces back behind the armistice lines and on Britain and France to withdraw theirs from Egyptian territory.</source>
            <translation>Az 1002 (ES-I) sz. határozat felszólította Izraelt, hogy vonja vissza erőit a fegyverszüneti vonalak mögé, Nagy-Britanniát és Franciaországot pedig, hogy vonják ki csapataikat Egyiptom területéről.</translation>
        </message>
        <message>
            <source>US stays away from Soviet 7 November reception</source>
            <translation>Az USA távol marad a november 7-i szovjet fogadásról</translation>
        </message>
        <message>
            <source>American officials boycotted the Soviet reception held for the anniversary of the October Revolution.</source>
            <translation>Amerikai tisztségviselők bojkottálták az októberi forradalom évfordulója alkalmából adott szovjet fogadást.</translation>
        </message>
        <message>
            <source>Kádár returns to Budapest</source>
            <translation>Kádár visszatér Budapestre</translation>
        </message>
        <message>
            <source>Kádár and the members of his government reached Budapest and were sworn in by István Dobi, Chairman of the Presidential Council.</source>
            <translation>Kádár János és kormányának tagjai megérkeztek Budapestre, és letették az esküt Dobi István, az Elnöki Tanács elnöke előtt.</translation>
        </message>
        <message>
            <source>UN asks Hungary to admit observers</source>
            <translation>Az ENSZ megfigyelők beengedését kéri Magyarországtól</translation>
        </message>
        <message>
            <source>In an aide-mémoire (A/3315), the UN Secretary-General asked the Hungarian authorities to let UN observers into the country.</source>
            <translation>Az ENSZ főtitkára emlékeztetőben (aide-mémoire, A/3315) kérte a magyar hatóságokat, hogy engedjék be az országba az ENSZ megfigyelőit.</translation>
        </message>
        <message>
            <source>GA Res. 1005 urges free elections in Hungary</source>
            <translation>Az 1005. sz. KGY-határozat szabad választásokat sürget</translation>
        </message>
        <message>
            <source>At its 571st plenary meeting the Assembly adopted Resolution 1005 (ES-II) by 48 votes to 11, renewing the demand for Soviet withdrawal and calling for free elections under UN auspices.</source>
            <translation>A Közgyűlés 571. plenáris ülésén 48 szavazattal 11 ellenében elfogadta az 1005 (ES-II) sz. határozatot, amely megismételte a szovjet kivonulás követelését, és az ENSZ égisze alatt tartandó szabad választásokat sürgetett.</translation>
        </message>
        <message>
            <source>UNHCR to lead aid for Hungarian refugees</source>
            <translation>Az UNHCR vezeti a magyar menekültek megsegítését</translation>
        </message>
        <message>
            <source>The UN High Commissioner for Refugees was given the leading role in coordinating help for the refugees from Hungary.</source>
            <translation>Az ENSZ menekültügyi főbiztosa kapott vezető szerepet a Magyarországról érkezett menekültek megsegítésének összehangolásában.</translation>
        </message>
        <message>
            <source>Organised armed resistance ends</source>
            <translation>Véget ér a szervezett fegyveres ellenállás</translation>
        </message>
        <message>
            <source>The last organised armed resistance to the Soviet forces in Hungary came to an end at about this time.</source>
            <translation>Nagyjából ekkor ért véget Magyarországon a szovjet erőkkel szembeni utolsó szervezett fegyveres ellenállás.</translation>
        </message>
        <message>
            <source>UN emergency special sessions close</source>
            <translation>Véget érnek a KGY rendkívüli sürgősségi ülésszakai</translation>
        </message>
        <message>
            <source>The first and second emergency special sessions of the General Assembly came to a close, and their questions passed to the regular eleventh session.</source>
            <translation>Befejeződött a Közgyűlés első és második rendkívüli sürgősségi ülésszaka; kérdéseik a tizenegyedik rendes ülésszak elé kerültek.</translation>
        </message>
        <message>
            <source>Central Workers' Council of Budapest formed</source>
            <translation>Megalakul a Nagy-budapesti Központi Munkástanács</translation>
        </message>
        <message>
            <source>Delegates of the capital's workers' councils set up the Central Workers' Council of Greater Budapest.</source>
            <translation>A főváros munkástanácsainak küldöttei megalakították a Nagy-budapesti Központi Munkástanácsot.</translation>
        </message>
        <message>
            <source>Eisenhower press conference</source>
            <translation>Eisenhower sajtóértekezlete</translation>
        </message>
        <message>
            <source>President Eisenhower took questions on Hungary and the Middle East at a news conference.</source>
            <translation>Eisenhower elnök sajtóértekezleten válaszolt a Magyarországgal és a Közel-Kelettel kapcsolatos kérdésekre.</translation>
        </message>
        <message>
            <source>First UN Emergency Force troops arrive</source>
            <translation>Megérkeznek az első UNEF-csapatok</translation>
        </message>
        <message>
            <source>The first contingents of UNEF reached Egypt; sources disagree on the date, giving either 15 or 21 November.</source>
            <translation>Az UNEF első kontingensei megérkeztek Egyiptomba; a források eltérő dátumot adnak meg: november 15-ét vagy 21-ét.</translation>
        </message>
        <message>
            <source>Gomułka wins concessions in Moscow</source>
            <translation>Gomułka engedményeket ér el Moszkvában</translation>
        </message>
        <message>
            <source>A Polish delegation led by Władysław Gomułka held talks in Moscow and obtained concessions from the Soviet leadership.</source>
            <translation>A Władysław Gomułka vezette lengyel küldöttség Moszkvában tárgyalt, és engedményeket ért el a szovjet vezetésnél.</translation>
        </message>
        <message>
            <source>GA Res. 1127 (XI) on UN observers</source>
            <translation>Az 1127 (XI) sz. KGY-határozat az ENSZ-megfigyelőkről</translation>
        </message>
        <message>
            <source>The Assembly adopted Resolution 1127 (XI), renewing its call for Soviet withdrawal and for UN observers to be admitted to Hungary.</source>
            <translation>A Közgyűlés elfogadta az 1127 (XI) sz. határozatot, amely megismételte felhívását a szovjet csapatok kivonására és az ENSZ-megfigyelők Magyarországra való beengedésére.</translation>
        </message>
        <message>
            <source>GA Res. 1128 (XI) on deportations</source>
            <translation>Az 1128 (XI) sz. KGY-határozat a deportálásokról</translation>
        </message>
        <message>
            <source>Resolution 1128 (XI), adopted at the 587th plenary meeting, noted conflicting claims that Hungarians had been deported and urged Hungary to let the Secretary-General's observers in.</source>
            <translation>Az 587. plenáris ülésen elfogadott 1128 (XI) sz. határozat tudomásul vette a magyarok deportálásáról szóló, egymásnak ellentmondó állításokat, és sürgette Magyarországot, hogy engedje be a főtitkár megfigyelőit.</translation>
        </message>
        <message>
            <source>Nagy seized after leaving Yugoslav embassy</source>
            <translation>Nagy Imrét elfogják a jugoszláv nagykövetség elhagyásakor</translation>
        </message>
        <message>
            <source>Imre Nagy and his companions left the Yugoslav embassy with a promise of safe conduct but were detained by Soviet forces, and were later taken to Snagov in Romania.</source>
            <translation>Nagy Imre és társai a szabad elvonulás ígéretével hagyták el a jugoszláv nagykövetséget, de a szovjet erők őrizetbe vették őket, majd később a romániai Snagovba vitték.</translation>
        </message>
        <message>
            <source>Peak day of flight: 8,537 reach Austria</source>
            <translation>A menekülés csúcsnapja: 8537 ember ér Ausztriába</translation>
        </message>
        <message>
            <source>On the busiest single day of the exodus, 8,537 people crossed from Hungary into Austria.</source>
            <translation>A tömeges menekülés legforgalmasabb napján 8537 ember lépett át Magyarországról Ausztriába.</translation>
        </message>
        <message>
            <source>Some 113,000 refugees in Austria</source>
            <translation>Mintegy 113 000 menekült Ausztriában</translation>
        </message>
        <message>
            <source>By the end of November about 113,000 refugees from Hungary had arrived in Austria.</source>
            <translation>November végéig mintegy 113 000 magyarországi menekült érkezett Ausztriába.</translation>
        </message>
        <message>
            <source>UN chief has no word on troop withdrawal</source>
            <translation>Az ENSZ főtitkára: nincs hír a csapatkivonásról</translation>
        </message>
        <message>
            <source>The Secretary-General reported that no information was available to him on steps taken to comply with the Assembly's resolutions on withdrawing troops.</source>
            <translation>A főtitkár jelentette, hogy nem áll rendelkezésére információ azokról a lépésekről, amelyeket a Közgyűlésnek a csapatok kivonásáról szóló határozatai végrehajtására tettek.</translation>
        </message>
    </context>
</TS>
