<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>Library</name>
        <message>
            <source>Filter by title, issuer, date or kind</source>
            <translation>Фильтр по заглавию, автору, дате или виду</translation>
        </message>
        <message>
            <source>Add sources…</source>
            <translation>Добавить источники…</translation>
        </message>
        <message>
            <source>Import text, Markdown, HTML, PDF, DOCX or EPUB files (Ctrl+O).
You can also drop files on the window, or paste a web page's text with Ctrl+Shift+V.</source>
            <translation>Импорт файлов текста, Markdown, HTML, PDF, DOCX или EPUB (Ctrl+O).
Файлы можно также перетащить в окно или вставить текст веб-страницы сочетанием Ctrl+Shift+V.</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <source>Open Beside Current	Ctrl+Click</source>
            <translation>Открыть рядом с текущим	Ctrl+щелчок</translation>
        </message>
        <message>
            <source>Edit Description…</source>
            <translation>Изменить описание…</translation>
        </message>
        <message>
            <source>Move to Trash</source>
            <translation>Переместить в корзину</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>&amp;Compare</source>
            <translation>&amp;Сравнение</translation>
        </message>
        <message>
            <source>&amp;Link Paragraphs</source>
            <translation>&amp;Связать абзацы</translation>
        </message>
        <message>
            <source>&amp;Unlink Paragraph</source>
            <translation>&amp;Удалить связь абзаца</translation>
        </message>
        <message>
            <source>&amp;Suggest Alignment</source>
            <translation>&amp;Предложить выравнивание</translation>
        </message>
        <message>
            <source>&amp;Accept Suggestion Here</source>
            <translation>При&amp;нять предложение здесь</translation>
        </message>
        <message>
            <source>&amp;Reject Suggestion Here</source>
            <translation>&amp;Отклонить предложение здесь</translation>
        </message>
        <message>
            <source>Accept All Suggestions</source>
            <translation>Принять все предложения</translation>
        </message>
        <message>
            <source>Reject All Suggestions</source>
            <translation>Отклонить все предложения</translation>
        </message>
        <message>
            <source>S&amp;ynchronized Scrolling</source>
            <translation>Синхронная про&amp;крутка</translation>
        </message>
        <message>
            <source>&amp;Mark Selection in All Panes</source>
            <translation>По&amp;дсветить выделенное во всех областях</translation>
        </message>
        <message>
            <source>Next Marked Term</source>
            <translation>Следующий подсвеченный термин</translation>
        </message>
        <message>
            <source>Previous Marked Term</source>
            <translation>Предыдущий подсвеченный термин</translation>
        </message>
        <message>
            <source>Shared &amp;Terms</source>
            <translation>Общие &amp;термины</translation>
        </message>
        <message>
            <source>Show &amp;Differences</source>
            <translation>Показать &amp;различия</translation>
        </message>
        <message>
            <source>Differences Ignore &amp;Case</source>
            <translation>Различия без учёта &amp;регистра</translation>
        </message>
        <message>
            <source>Differences Ignore &amp;Punctuation</source>
            <translation>Различия без учёта &amp;пунктуации</translation>
        </message>
        <message>
            <source>Move Pane &amp;Left</source>
            <translation>Сдвинуть область в&amp;лево</translation>
        </message>
        <message>
            <source>Move Pane &amp;Right</source>
            <translation>Сдвинуть область вп&amp;раво</translation>
        </message>
        <message>
            <source>E&amp;xport Notes…</source>
            <translation>&amp;Экспорт заметок…</translation>
        </message>
        <message>
            <source>Export &amp;Bibliography…</source>
            <translation>Экспорт &amp;библиографии…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Печать…</translation>
        </message>
        <message>
            <source>Cite Parallax's ¶ Num&amp;bers Too</source>
            <translation>Указывать и &amp;номера ¶ Parallax</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Заметки</translation>
        </message>
        <message>
            <source>&amp;New Note from Selection</source>
            <translation>&amp;Новая заметка из выделенного</translation>
        </message>
        <message>
            <source>&amp;Add Passage to Note</source>
            <translation>&amp;Добавить фрагмент к заметке</translation>
        </message>
        <message>
            <source>Notes &amp;Here</source>
            <translation>Заметки &amp;здесь</translation>
        </message>
        <message>
            <source>&amp;Go to Notes</source>
            <translation>&amp;Перейти к заметкам</translation>
        </message>
        <message>
            <source>Move Note to &amp;Trash</source>
            <translation>Переместить заметку в &amp;корзину</translation>
        </message>
        <message>
            <source>Notes T&amp;rash</source>
            <translation>Ко&amp;рзина заметок</translation>
        </message>
        <message>
            <source>Notes &amp;Panel</source>
            <translation>Панель &amp;заметок</translation>
        </message>
        <message>
            <source>&amp;Back Up Now</source>
            <translation>&amp;Создать резервную копию</translation>
        </message>
        <message>
            <source>&amp;Restore from Backup…</source>
            <translation>&amp;Восстановить из резервной копии…</translation>
        </message>
        <message>
            <source>Backups &amp;Kept…</source>
            <translation>Число &amp;хранимых копий…</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>П&amp;оиск</translation>
        </message>
        <message>
            <source>&amp;Search Everything</source>
            <translation>&amp;Искать везде</translation>
        </message>
        <message>
            <source>&amp;Next Hit</source>
            <translation>&amp;Следующий результат</translation>
        </message>
        <message>
            <source>&amp;Previous Hit</source>
            <translation>&amp;Предыдущий результат</translation>
        </message>
        <message>
            <source>Search &amp;Results</source>
            <translation>&amp;Результаты поиска</translation>
        </message>
        <message>
            <source>&amp;Timeline</source>
            <translation>&amp;Хронология</translation>
        </message>
        <message>
            <source>&amp;Timeline Panel</source>
            <translation>Панель &amp;хронологии</translation>
        </message>
        <message>
            <source>&amp;Go to Timeline</source>
            <translation>&amp;Перейти к хронологии</translation>
        </message>
        <message>
            <source>&amp;Add Event…</source>
            <translation>&amp;Добавить событие…</translation>
        </message>
        <message>
            <source>&amp;Fit Timeline</source>
            <translation>&amp;Вписать хронологию в окно</translation>
        </message>
        <message>
            <source>&amp;Zoom to Date Range</source>
            <translation>&amp;Увеличить до диапазона дат</translation>
        </message>
        <message>
            <source>&amp;Clear Date Range</source>
            <translation>&amp;Сбросить диапазон дат</translation>
        </message>
        <message>
            <source>&amp;Focus Mode</source>
            <translation>Режим &amp;чтения</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Правка</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Спр&amp;авка</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Поиск</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Хронология</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Язык</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>Parallax will speak {language} from its next start.</source>
            <translation>Язык интерфейса Parallax ({language}) включится при следующем запуске.</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Импорт…</translation>
        </message>
        <message>
            <source>Open &amp;Shared Library…</source>
            <translation>Открыть о&amp;бщую библиотеку…</translation>
        </message>
        <message>
            <source>&amp;Trash…</source>
            <translation>&amp;Корзина…</translation>
        </message>
        <message>
            <source>Import Size &amp;Limit…</source>
            <translation>&amp;Ограничение размера импорта…</translation>
        </message>
        <message>
            <source>&amp;Edit Description…</source>
            <translation>Изменить описани&amp;е…</translation>
        </message>
        <message>
            <source>&amp;Move to Trash</source>
            <translation>Переместить в корзи&amp;ну</translation>
        </message>
        <message>
            <source>Document &amp;Information…</source>
            <translation>Сведения о &amp;документе…</translation>
        </message>
        <message>
            <source>&amp;Close Pane</source>
            <translation>&amp;Закрыть область</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Повторить</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Копировать</translation>
        </message>
        <message>
            <source>Copy C&amp;itation</source>
            <translation>Копировать &amp;ссылку на источник</translation>
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation>Выделить &amp;всё</translation>
        </message>
        <message>
            <source>Paste as &amp;New Source…</source>
            <translation>Вставить как &amp;новый источник…</translation>
        </message>
        <message>
            <source>&amp;Find in Document…</source>
            <translation>На&amp;йти в документе…</translation>
        </message>
        <message>
            <source>Find &amp;Next</source>
            <translation>Найти &amp;далее</translation>
        </message>
        <message>
            <source>Find &amp;Previous</source>
            <translation>Найти пр&amp;едыдущее</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>&amp;Увеличить</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>У&amp;меньшить</translation>
        </message>
        <message>
            <source>&amp;Actual Size</source>
            <translation>&amp;Исходный размер</translation>
        </message>
        <message>
            <source>&amp;Dark Palette</source>
            <translation>&amp;Тёмная палитра</translation>
        </message>
        <message>
            <source>Page Images &amp;Beside the Text</source>
            <translation>Изображения страниц &amp;рядом с текстом</translation>
        </message>
        <message>
            <source>Page Images I&amp;nstead of the Text</source>
            <translation>Изображения страниц &amp;вместо текста</translation>
        </message>
        <message>
            <source>&amp;Text Only</source>
            <translation>Только &amp;текст</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Сочетания клавиш</translation>
        </message>
        <message>
            <source>&amp;About {app}</source>
            <translation>&amp;О программе {app}</translation>
        </message>
        <message>
            <source>&amp;Library Panel</source>
            <translation>Панель &amp;библиотеки</translation>
        </message>
        <message>
            <source>&amp;Panels</source>
            <translation>П&amp;анели</translation>
        </message>
        <message>
            <source>Panels &amp;Give Way Side by Side</source>
            <translation>Панели &amp;уступают место при сравнении</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Библиотека</translation>
        </message>
        <message>
            <source>Show or hide the library (F9)</source>
            <translation>Показать или скрыть библиотеку (F9)</translation>
        </message>
        <message>
            <source>Show or hide the notes (F10)</source>
            <translation>Показать или скрыть заметки (F10)</translation>
        </message>
        <message>
            <source>Show or hide the search results</source>
            <translation>Показать или скрыть результаты поиска</translation>
        </message>
        <message>
            <source>Show or hide the timeline (F7)</source>
            <translation>Показать или скрыть хронологию (F7)</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>Show</source>
            <translation>Показать</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Скрыть</translation>
        </message>
        <message>
            <source>Click an item for its details; drag along the ruler to pick dates.</source>
            <translation>Щёлкните по элементу, чтобы увидеть подробности; проведите по линейке, чтобы выбрать даты.</translation>
        </message>
        <message>
            <source>Zoom out (−, Ctrl+wheel)</source>
            <translation>Уменьшить (−, Ctrl+колесо)</translation>
        </message>
        <message>
            <source>Zoom from the two months down to hours</source>
            <translation>Масштаб от двух месяцев до часов</translation>
        </message>
        <message>
            <source>Zoom in (+, Ctrl+wheel)</source>
            <translation>Увеличить (+, Ctrl+колесо)</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Целиком</translation>
        </message>
        <message>
            <source>Show the whole period (0 or Home)</source>
            <translation>Показать весь период (0 или Home)</translation>
        </message>
        <message>
            <source>Lanes</source>
            <translation>Дорожки</translation>
        </message>
        <message>
            <source>Show Hidden Events</source>
            <translation>Показать скрытые события</translation>
        </message>
        <message>
            <source>Add Event…</source>
            <translation>Добавить событие…</translation>
        </message>
        <message>
            <source>Add an event of your own (Ctrl+Alt+E)</source>
            <translation>Добавить своё событие (Ctrl+Alt+E)</translation>
        </message>
        <message>
            <source>Zoom to Range</source>
            <translation>Увеличить до диапазона</translation>
        </message>
        <message>
            <source>Fit the picked dates across the strip</source>
            <translation>Растянуть выбранные даты на всю полосу</translation>
        </message>
        <message>
            <source>Clear Range</source>
            <translation>Сбросить диапазон</translation>
        </message>
        <message>
            <source>Show every date again (Esc in the timeline)</source>
            <translation>Снова показать все даты (Esc в хронологии)</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <source>Open the document or note (double-click)</source>
            <translation>Открыть документ или заметку (двойной щелчок)</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <source>Edit the event (double-click)</source>
            <translation>Изменить событие (двойной щелчок)</translation>
        </message>
        <message>
            <source>Hide this bundled event (it can be shown again)</source>
            <translation>Скрыть это встроенное событие (его можно показать снова)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Delete this event of yours (Delete; Ctrl+Z brings it back)</source>
            <translation>Удалить своё событие (Delete; Ctrl+Z вернёт его)</translation>
        </message>
    </context>
    <context>
        <name>Window</name>
        <message>
            <source>Opening the library…</source>
            <translation>Открывается библиотека…</translation>
        </message>
    </context>
    <context>
        <name>Timeline events</name>
        <message>
            <source>Rajk and other purge victims reburied</source>
            <translation>Перезахоронение Райка и других жертв чисток</translation>
        </message>
        <message>
            <source>László Rajk and fellow victims of the 1949 show trials were given a ceremonial reburial. Around 200,000 people took part.</source>
            <translation>Ласло Райк и другие жертвы показательных процессов 1949 г. были торжественно перезахоронены. В церемонии участвовали около 200 000 человек.</translation>
        </message>
        <message>
            <source>Imre Nagy readmitted to the party</source>
            <translation>Имре Надь восстановлен в партии</translation>
        </message>
        <message>
            <source>The Politburo of the Hungarian Working People's Party agreed to restore Imre Nagy's party membership. The decision became public on 14 October.</source>
            <translation>Политбюро Венгерской партии трудящихся согласилось восстановить членство Имре Надя в партии. Решение было обнародовано 14 октября.</translation>
        </message>
        <message>
            <source>Khrushchev flies to Warsaw unannounced</source>
            <translation>Хрущёв без предупреждения прилетает в Варшаву</translation>
        </message>
        <message>
            <source>A Soviet leadership delegation headed by Nikita Khrushchev arrived in Warsaw without advance notice.</source>
            <translation>Делегация советского руководства во главе с Никитой Хрущёвым прибыла в Варшаву без предварительного уведомления.</translation>
        </message>
        <message>
            <source>Polish party's Eighth Plenum opens</source>
            <translation>Открытие VIII пленума ЦК ПОРП</translation>
        </message>
        <message>
            <source>The Central Committee of the Polish United Workers' Party began its Eighth Plenum, the session that returned Władysław Gomułka to the leadership.</source>
            <translation>Центральный комитет Польской объединённой рабочей партии открыл VIII пленум, вернувший Владислава Гомулку к руководству.</translation>
        </message>
        <message>
            <source>Soviet Presidium takes up the Polish crisis</source>
            <translation>Президиум ЦК КПСС обсуждает польский кризис</translation>
        </message>
        <message>
            <source>The CPSU Presidium discussed developments in Poland and considered dispatching Anastas Mikoyan to Hungary.</source>
            <translation>Президиум ЦК КПСС обсудил события в Польше и рассмотрел вопрос о направлении Анастаса Микояна в Венгрию.</translation>
        </message>
        <message>
            <source>Moscow decides against force in Poland</source>
            <translation>Москва отказывается от применения силы в Польше</translation>
        </message>
        <message>
            <source>The CPSU Presidium resolved to refrain from military intervention in Poland.</source>
            <translation>Президиум ЦК КПСС постановил воздержаться от военного вмешательства в Польше.</translation>
        </message>
        <message>
            <source>Gomułka becomes Polish party leader</source>
            <translation>Гомулка становится лидером польской партии</translation>
        </message>
        <message>
            <source>The Polish party's Central Committee chose Władysław Gomułka as its First Secretary.</source>
            <translation>Центральный комитет польской партии избрал Владислава Гомулку своим первым секретарём.</translation>
        </message>
        <message>
            <source>Technical University students adopt their demands</source>
            <translation>Студенты Технического университета принимают требования</translation>
        </message>
        <message>
            <source>Four to five thousand students met in the Aula of the Technical University on the afternoon of 22 October and adopted a list of political demands, among them equal relations with the USSR (the Legation counted ten in Szabad Ifjúság of the next day; the students' own list was longer).</source>
            <translation>Во второй половине дня 22 октября четыре-пять тысяч студентов собрались в актовом зале Технического университета и приняли перечень политических требований, среди них — равноправные отношения с СССР (миссия США насчитала десять требований в номере газеты «Сабад ифьюшаг» за следующий день; собственный список студентов был длиннее).</translation>
        </message>
        <message>
            <source>Marchers gather at Bem statue and Parliament</source>
            <translation>Демонстранты у памятника Бему и у парламента</translation>
        </message>
        <message>
            <source>Students, joined by growing numbers of Budapest residents, marched to the statue of General Bem and then on to the square before Parliament.</source>
            <translation>Студенты, к которым присоединялось всё больше жителей Будапешта, прошли к памятнику генералу Бему, а затем к площади перед зданием парламента.</translation>
        </message>
        <message>
            <source>Gerő speaks to the nation by radio</source>
            <translation>Радиообращение Герё к нации</translation>
        </message>
        <message>
            <source>At 8 p.m. Ernő Gerő, First Secretary of the ruling party, gave a radio address in response to the day's demonstrations.</source>
            <translation>В 20:00 Эрнё Герё, первый секретарь правящей партии, выступил по радио с речью в ответ на демонстрации этого дня.</translation>
        </message>
        <message>
            <source>Gunfire at the Hungarian Radio building</source>
            <translation>Стрельба у здания Венгерского радио</translation>
        </message>
        <message>
            <source>Shooting broke out at the headquarters of Hungarian Radio, where a crowd had gathered to demand that its programme be broadcast; the clash turned the protest into armed fighting.</source>
            <translation>У здания Венгерского радио, где собралась толпа, требовавшая передать в эфир её программу, началась стрельба; столкновение превратило протест в вооружённую борьбу.</translation>
        </message>
        <message>
            <source>Crowd topples the Stalin monument</source>
            <translation>Толпа сносит памятник Сталину</translation>
        </message>
        <message>
            <source>Demonstrators brought down the huge statue of Stalin near the City Park.</source>
            <translation>Демонстранты повалили огромную статую Сталина у Городского парка.</translation>
        </message>
        <message>
            <source>Soviet Presidium backs troop deployment</source>
            <translation>Президиум ЦК КПСС поддерживает ввод войск</translation>
        </message>
        <message>
            <source>Meeting in Moscow, the CPSU Presidium supported sending Soviet troops into Budapest.</source>
            <translation>На заседании в Москве Президиум ЦК КПСС поддержал ввод советских войск в Будапешт.</translation>
        </message>
        <message>
            <source>Mikoyan and Suslov dispatched to Budapest</source>
            <translation>Микоян и Суслов направлены в Будапешт</translation>
        </message>
        <message>
            <source>The Presidium sent its members Anastas Mikoyan and Mikhail Suslov to Budapest to handle the crisis on the spot.</source>
            <translation>Президиум направил своих членов Анастаса Микояна и Михаила Суслова в Будапешт для урегулирования кризиса на месте.</translation>
        </message>
        <message>
            <source>Soviet tanks roll into Budapest</source>
            <translation>Советские танки входят в Будапешт</translation>
        </message>
        <message>
            <source>Soviet troops entered Budapest at 4:30 a.m., as the Legation reported in its telegram 156 of 24 October.</source>
            <translation>Советские войска вошли в Будапешт в 4:30, как сообщила миссия США в телеграмме № 156 от 24 октября.</translation>
        </message>
        <message>
            <source>Radio announces Nagy as prime minister</source>
            <translation>Радио объявляет Надя премьер-министром</translation>
        </message>
        <message>
            <source>Budapest radio announced Imre Nagy as head of the government; by 25 October the Legation took him to be Premier.</source>
            <translation>Будапештское радио объявило Имре Надя главой правительства; к 25 октября миссия США считала его премьер-министром.</translation>
        </message>
        <message>
            <source>Martial law proclaimed</source>
            <translation>Введено военное положение</translation>
        </message>
        <message>
            <source>The government placed the country under martial law in an effort to end the armed uprising.</source>
            <translation>Правительство ввело в стране военное положение, пытаясь положить конец вооружённому восстанию.</translation>
        </message>
        <message>
            <source>Gomułka speaks to a huge Warsaw crowd</source>
            <translation>Гомулка выступает перед огромной толпой в Варшаве</translation>
        </message>
        <message>
            <source>Władysław Gomułka, newly elected party leader, addressed a mass gathering in the centre of Warsaw.</source>
            <translation>Владислав Гомулка, только что избранный руководитель партии, выступил на массовом митинге в центре Варшавы.</translation>
        </message>
        <message>
            <source>Secret Protocol of Sèvres signed</source>
            <translation>Подписан секретный Севрский протокол</translation>
        </message>
        <message>
            <source>Representatives of Britain, France and Israel signed, in secret, the protocol setting out their joint plan of action against Egypt.</source>
            <translation>Представители Великобритании, Франции и Израиля тайно подписали протокол, в котором излагался их совместный план действий против Египта.</translation>
        </message>
        <message>
            <source>Crowd fired on at Kossuth Square</source>
            <translation>Стрельба по толпе на площади Кошута</translation>
        </message>
        <message>
            <source>Gunfire was directed into a crowd of demonstrators assembled in Kossuth Square in front of Parliament, leaving many dead and wounded.</source>
            <translation>По толпе демонстрантов, собравшихся на площади Кошута перед парламентом, был открыт огонь; многие были убиты и ранены.</translation>
        </message>
        <message>
            <source>Kádár takes over from Gerő as party chief</source>
            <translation>Кадар сменяет Герё во главе партии</translation>
        </message>
        <message>
            <source>János Kádár succeeded Ernő Gerő as First Secretary of the Hungarian Working People's Party.</source>
            <translation>Янош Кадар сменил Эрнё Герё на посту первого секретаря Венгерской партии трудящихся.</translation>
        </message>
        <message>
            <source>Kádár and Nagy address the country by radio</source>
            <translation>Кадар и Надь выступают по радио</translation>
        </message>
        <message>
            <source>The new party leader, János Kádár, and Prime Minister Imre Nagy each spoke to the public over the radio.</source>
            <translation>Новый руководитель партии Янош Кадар и премьер-министр Имре Надь выступили по радио, каждый со своим обращением к населению.</translation>
        </message>
        <message>
            <source>Eisenhower condemns Soviet intervention</source>
            <translation>Эйзенхауэр осуждает советское вмешательство</translation>
        </message>
        <message>
            <source>President Eisenhower issued a statement deploring the use of Soviet troops against the people of Hungary.</source>
            <translation>Президент Эйзенхауэр выступил с заявлением, в котором выразил сожаление в связи с использованием советских войск против народа Венгрии.</translation>
        </message>
        <message>
            <source>Killings at Mosonmagyaróvár</source>
            <translation>Расстрел демонстрантов в Мошонмадьяроваре</translation>
        </message>
        <message>
            <source>Demonstrators in the western Hungarian town of Mosonmagyaróvár came under fire; more than 50 people were killed.</source>
            <translation>Демонстранты в городе Мошонмадьяровар на западе Венгрии попали под огонь; погибли более 50 человек.</translation>
        </message>
        <message>
            <source>Western powers ask for Security Council debate</source>
            <translation>Западные державы просят обсуждения в Совете Безопасности</translation>
        </message>
        <message>
            <source>The United States, Britain and France requested a meeting of the Security Council to consider the situation in Hungary.</source>
            <translation>Соединённые Штаты, Великобритания и Франция обратились с просьбой созвать заседание Совета Безопасности для рассмотрения положения в Венгрии.</translation>
        </message>
        <message>
            <source>Dulles speech in Dallas on the satellites</source>
            <translation>Речь Даллеса в Далласе о странах-сателлитах</translation>
        </message>
        <message>
            <source>Secretary of State John Foster Dulles declared in Dallas that the United States did not look on the Soviet satellite states as potential military allies. The date comes from secondary sources; the FRUS document cited only refers to the speech.</source>
            <translation>Государственный секретарь Джон Фостер Даллес заявил в Далласе, что Соединённые Штаты не рассматривают советские государства-сателлиты как потенциальных военных союзников. Дата взята из вторичных источников; указанный документ FRUS лишь упоминает эту речь.</translation>
        </message>
        <message>
            <source>Ceasefire announced in Hungary</source>
            <translation>Объявлено прекращение огня в Венгрии</translation>
        </message>
        <message>
            <source>A ceasefire in the fighting between insurgents and government and Soviet forces was proclaimed.</source>
            <translation>Было объявлено прекращение огня в боях между повстанцами, с одной стороны, и правительственными и советскими войсками — с другой.</translation>
        </message>
        <message>
            <source>Nagy promises Soviet pull-out and end of ÁVH</source>
            <translation>Надь обещает вывод советских войск и роспуск АВХ</translation>
        </message>
        <message>
            <source>In a radio speech Imre Nagy announced that Soviet troops would leave Budapest and that the ÁVH security police would be abolished.</source>
            <translation>В речи по радио Имре Надь объявил, что советские войска покинут Будапешт и что служба государственной безопасности АВХ будет упразднена.</translation>
        </message>
        <message>
            <source>Security Council puts Hungary on its agenda</source>
            <translation>СБ включает венгерский вопрос в повестку дня</translation>
        </message>
        <message>
            <source>At its 746th meeting the Security Council adopted the Hungarian item for its agenda but reached no decision.</source>
            <translation>На 746-м заседании Совет Безопасности включил венгерский вопрос в повестку дня, но решения не принял.</translation>
        </message>
        <message>
            <source>First refugees cross the border</source>
            <translation>Первые беженцы пересекают границу</translation>
        </message>
        <message>
            <source>The first people fleeing Hungary reached Austria and Yugoslavia.</source>
            <translation>Первые бежавшие из Венгрии достигли Австрии и Югославии.</translation>
        </message>
        <message>
            <source>Israeli offensive into Sinai begins</source>
            <translation>Начало израильского наступления на Синае</translation>
        </message>
        <message>
            <source>Israeli forces launched an attack into Egypt's Sinai Peninsula.</source>
            <translation>Израильские войска начали наступление на египетский Синайский полуостров.</translation>
        </message>
        <message>
            <source>Soviet forces start leaving Budapest</source>
            <translation>Советские войска начинают покидать Будапешт</translation>
        </message>
        <message>
            <source>Soviet units began to withdraw from the capital; the exact day is approximate.</source>
            <translation>Советские части начали выходить из столицы; день указан приблизительно.</translation>
        </message>
        <message>
            <source>Nagy ends the one-party system</source>
            <translation>Надь упраздняет однопартийную систему</translation>
        </message>
        <message>
            <source>In a broadcast at 2:28 p.m., Imre Nagy announced the abolition of one-party rule and the formation of a small inner cabinet.</source>
            <translation>В радиовыступлении в 14:28 Имре Надь объявил об отмене однопартийной системы и о создании небольшого внутреннего кабинета.</translation>
        </message>
        <message>
            <source>Party headquarters besieged</source>
            <translation>Осада здания горкома партии</translation>
        </message>
        <message>
            <source>Armed insurgents attacked the Budapest party headquarters on Köztársaság (Republic) Square; after the building fell, a number of its defenders were killed.</source>
            <translation>Вооружённые повстанцы атаковали здание Будапештского горкома партии на площади Республики (Кёзтаршашаг); после падения здания ряд его защитников был убит.</translation>
        </message>
        <message>
            <source>Soviet Presidium adopts the Declaration</source>
            <translation>Президиум ЦК КПСС принимает Декларацию</translation>
        </message>
        <message>
            <source>The CPSU Presidium approved the Soviet government's Declaration on relations between the Soviet Union and the other socialist states, and the text was released the same day.</source>
            <translation>Президиум ЦК КПСС одобрил Декларацию советского правительства, посвящённую отношениям между Советским Союзом и другими социалистическими государствами; текст был обнародован в тот же день.</translation>
        </message>
        <message>
            <source>Britain and France issue Suez ultimatum</source>
            <translation>Англо-французский ультиматум по Суэцу</translation>
        </message>
        <message>
            <source>The British and French governments called on Egypt and Israel to stop fighting and pull back from the Suez Canal, warning that they would otherwise intervene.</source>
            <translation>Правительства Великобритании и Франции потребовали от Египта и Израиля прекратить боевые действия и отвести войска от Суэцкого канала, предупредив, что в противном случае они вмешаются.</translation>
        </message>
        <message>
            <source>Britain and France veto US draft S/3710</source>
            <translation>Вето Великобритании и Франции на проект США S/3710</translation>
        </message>
        <message>
            <source>At the Security Council's 749th and 750th meetings, Britain and France cast vetoes against the US draft resolution S/3710 on the Israeli attack on Egypt.</source>
            <translation>На 749-м и 750-м заседаниях Совета Безопасности Великобритания и Франция наложили вето на американский проект резолюции S/3710 о нападении Израиля на Египет.</translation>
        </message>
        <message>
            <source>Cardinal Mindszenty freed</source>
            <translation>Освобождение кардинала Миндсенти</translation>
        </message>
        <message>
            <source>Cardinal József Mindszenty, Primate of Hungary, was released from detention in the evening.</source>
            <translation>Вечером из-под стражи был освобождён кардинал Йожеф Миндсенти, примас Венгрии.</translation>
        </message>
        <message>
            <source>Pravda prints the Soviet Declaration</source>
            <translation>«Правда» публикует советскую Декларацию</translation>
        </message>
        <message>
            <source>The Soviet government's Declaration of 30 October on relations with the other socialist states appeared in Pravda.</source>
            <translation>В «Правде» была опубликована Декларация советского правительства от 30 октября, посвящённая отношениям с другими социалистическими государствами.</translation>
        </message>
        <message>
            <source>TASS reports talks on Soviet withdrawal</source>
            <translation>ТАСС сообщает о переговорах о выводе войск</translation>
        </message>
        <message>
            <source>The US legation in Budapest passed on a TASS report that talks on withdrawing Soviet troops were under way.</source>
            <translation>Миссия США в Будапеште передала сообщение ТАСС о том, что идут переговоры о выводе советских войск.</translation>
        </message>
        <message>
            <source>Soviet Presidium reverses course on Hungary</source>
            <translation>Президиум ЦК КПСС меняет курс в отношении Венгрии</translation>
        </message>
        <message>
            <source>The CPSU Presidium changed its position and decided on military intervention in Hungary, entrusting preparations to Marshals Zhukov and Konev.</source>
            <translation>Президиум ЦК КПСС изменил позицию и принял решение о военном вмешательстве в Венгрии, поручив подготовку маршалам Жукову и Коневу.</translation>
        </message>
        <message>
            <source>Moscow seeks consultations with Tito</source>
            <translation>Москва добивается консультаций с Тито</translation>
        </message>
        <message>
            <source>At the same session the Presidium resolved to arrange a meeting with the Yugoslav leader, Josip Broz Tito.</source>
            <translation>На том же заседании Президиум постановил организовать встречу с югославским лидером Иосипом Броз Тито.</translation>
        </message>
        <message>
            <source>British and French bombing of Egypt starts</source>
            <translation>Начало англо-французских бомбардировок Египта</translation>
        </message>
        <message>
            <source>British and French aircraft began attacking targets in Egypt.</source>
            <translation>Британская и французская авиация начала наносить удары по целям в Египте.</translation>
        </message>
        <message>
            <source>SC Res. 119 convenes emergency Assembly session</source>
            <translation>Резолюция СБ 119: созыв чрезвычайной сессии ГА</translation>
        </message>
        <message>
            <source>By 7 votes to 2, with 2 abstentions, the Security Council adopted Resolution 119, calling the first emergency special session of the General Assembly.</source>
            <translation>Совет Безопасности 7 голосами против 2 при 2 воздержавшихся принял резолюцию 119 о созыве первой чрезвычайной специальной сессии Генеральной Ассамблеи.</translation>
        </message>
        <message>
            <source>Eisenhower's radio and television address</source>
            <translation>Выступление Эйзенхауэра по радио и телевидению</translation>
        </message>
        <message>
            <source>In a 7 p.m. broadcast on Eastern Europe and the Middle East, President Eisenhower referred to the Soviet statement issued the day before.</source>
            <translation>В обращении о положении в Восточной Европе и на Ближнем Востоке, переданном в 19:00, президент Эйзенхауэр упомянул советское заявление, опубликованное накануне.</translation>
        </message>
        <message>
            <source>Nagy asks Moscow to negotiate full withdrawal</source>
            <translation>Надь предлагает Москве переговоры о полном выводе войск</translation>
        </message>
        <message>
            <source>Imre Nagy requested talks with the Soviet government on the complete withdrawal of Soviet troops from Hungary.</source>
            <translation>Имре Надь обратился к советскому правительству с просьбой о переговорах о полном выводе советских войск из Венгрии.</translation>
        </message>
        <message>
            <source>Ruling party relaunched as the MSZMP</source>
            <translation>Правящая партия воссоздана как ВСРП</translation>
        </message>
        <message>
            <source>The Hungarian Working People's Party was reconstituted as the Hungarian Socialist Workers' Party (MSZMP).</source>
            <translation>Венгерская партия трудящихся была воссоздана как Венгерская социалистическая рабочая партия (ВСРП).</translation>
        </message>
        <message>
            <source>Nagy protests to Andropov over new troops</source>
            <translation>Надь протестует перед Андроповым против ввода новых войск</translation>
        </message>
        <message>
            <source>Imre Nagy lodged a protest with Soviet Ambassador Yuri Andropov against the entry of fresh Soviet forces into Hungary.</source>
            <translation>Имре Надь заявил советскому послу Юрию Андропову протест против ввода в Венгрию новых советских войск.</translation>
        </message>
        <message>
            <source>Hungary quits Warsaw Treaty, declares neutrality</source>
            <translation>Выход из Варшавского договора и нейтралитет Венгрии</translation>
        </message>
        <message>
            <source>Nagy announced that Hungary was leaving the Warsaw Treaty and proclaimed the country's neutrality.</source>
            <translation>Надь объявил о выходе Венгрии из Варшавского договора и провозгласил нейтралитет страны.</translation>
        </message>
        <message>
            <source>Nagy cables the UN Secretary-General</source>
            <translation>Телеграмма Надя Генеральному секретарю ООН</translation>
        </message>
        <message>
            <source>Nagy informed the UN Secretary-General by telegram of Hungary's neutrality and sought the organisation's help; the message was circulated as document A/3251.</source>
            <translation>Надь телеграммой уведомил Генерального секретаря ООН о нейтралитете Венгрии и просил помощи ООН; послание было распространено как документ A/3251.</translation>
        </message>
        <message>
            <source>Allen Dulles stresses Soviet statement at NSC</source>
            <translation>Аллен Даллес в СНБ о значении советского заявления</translation>
        </message>
        <message>
            <source>At a National Security Council meeting, CIA Director Allen Dulles called the Soviet statement of 30 October one of the most significant to come from Moscow in ten years.</source>
            <translation>На заседании Совета национальной безопасности директор ЦРУ Аллен Даллес назвал советское заявление от 30 октября одним из самых значительных, сделанных Москвой за десять лет.</translation>
        </message>
        <message>
            <source>UN Assembly's first emergency session opens</source>
            <translation>Открытие первой чрезвычайной специальной сессии ГА</translation>
        </message>
        <message>
            <source>The first emergency special session of the General Assembly, called over the Middle East, convened at 5 p.m. for its 562nd plenary meeting.</source>
            <translation>Первая чрезвычайная специальная сессия Генеральной Ассамблеи, созванная в связи с положением на Ближнем Востоке, собралась в 17:00 на своё 562-е пленарное заседание.</translation>
        </message>
        <message>
            <source>Kádár and Münnich slip away to Moscow</source>
            <translation>Кадар и Мюнних тайно уезжают в Москву</translation>
        </message>
        <message>
            <source>János Kádár and Ferenc Münnich left Budapest in secret on 1 November and arrived in Moscow the next day.</source>
            <translation>Янош Кадар и Ференц Мюнних 1 ноября тайно покинули Будапешт и на следующий день прибыли в Москву.</translation>
        </message>
        <message>
            <source>GA Res. 997 urges a ceasefire in Egypt</source>
            <translation>Резолюция ГА 997 призывает к прекращению огня в Египте</translation>
        </message>
        <message>
            <source>In the early hours of 2 November, at its 562nd plenary meeting, the General Assembly adopted Resolution 997 (ES-I), calling for an immediate ceasefire and a halt to the movement of forces into the area.</source>
            <translation>В ночь на 2 ноября на 562-м пленарном заседании Генеральная Ассамблея приняла резолюцию 997 (ES-I), призывающую к немедленному прекращению огня и к прекращению переброски войск в этот район.</translation>
        </message>
        <message>
            <source>Nagy's second letter to the UN (S/3726)</source>
            <translation>Второе письмо Надя в ООН (S/3726)</translation>
        </message>
        <message>
            <source>Imre Nagy sent a further letter to the UN Secretary-General, circulated as Security Council document S/3726.</source>
            <translation>Имре Надь направил Генеральному секретарю ООН ещё одно письмо, распространённое как документ Совета Безопасности S/3726.</translation>
        </message>
        <message>
            <source>Security Council meets again on Hungary</source>
            <translation>СБ вновь обсуждает венгерский вопрос</translation>
        </message>
        <message>
            <source>The Security Council took up the Hungarian question at its 752nd meeting.</source>
            <translation>Совет Безопасности рассмотрел венгерский вопрос на своём 752-м заседании.</translation>
        </message>
        <message>
            <source>Eisenhower frees $20 million for Hungary relief</source>
            <translation>Эйзенхауэр выделяет 20 млн долларов на помощь Венгрии</translation>
        </message>
        <message>
            <source>President Eisenhower made 20 million dollars available for relief to the Hungarian people.</source>
            <translation>Президент Эйзенхауэр выделил 20 миллионов долларов на помощь венгерскому народу.</translation>
        </message>
        <message>
            <source>Khrushchev and Malenkov see Tito on Brioni</source>
            <translation>Хрущёв и Маленков у Тито на Бриони</translation>
        </message>
        <message>
            <source>Khrushchev and Malenkov flew to Tito on Brioni; their talk lasted from 7 p.m. on 2 November to 5 a.m. on 3 November, as Mićunović describes it.</source>
            <translation>Хрущёв и Маленков вылетели к Тито на Бриони; по описанию Мичуновича, их беседа продолжалась с 19:00 2 ноября до 5:00 3 ноября.</translation>
        </message>
        <message>
            <source>Nagy forms his last coalition government</source>
            <translation>Надь формирует последнее коалиционное правительство</translation>
        </message>
        <message>
            <source>Imre Nagy reorganised his government into a coalition that included ministers from several revived parties.</source>
            <translation>Имре Надь преобразовал своё правительство в коалиционное, в которое вошли министры от нескольких воссозданных партий.</translation>
        </message>
        <message>
            <source>Cardinal Mindszenty's radio address</source>
            <translation>Радиообращение кардинала Миндсенти</translation>
        </message>
        <message>
            <source>Cardinal József Mindszenty spoke to the country over the radio.</source>
            <translation>Кардинал Йожеф Миндсенти обратился к стране по радио.</translation>
        </message>
        <message>
            <source>Security Council adjourns 753rd meeting</source>
            <translation>СБ закрывает 753-е заседание без решения</translation>
        </message>
        <message>
            <source>The Security Council's 753rd meeting, on Hungary, was adjourned without any decision being taken.</source>
            <translation>Совет Безопасности закрыл своё 753-е заседание, посвящённое Венгрии, без принятия какого-либо решения.</translation>
        </message>
        <message>
            <source>Maléter seized at Tököl</source>
            <translation>Малетер захвачен в Тёкёле</translation>
        </message>
        <message>
            <source>Late that night Defence Minister Pál Maléter, who had gone to the Soviet base at Tököl to negotiate the troop withdrawal, was taken prisoner.</source>
            <translation>Поздно ночью министр обороны Пал Малетер, прибывший на советскую базу в Тёкёле для переговоров о выводе войск, был взят в плен.</translation>
        </message>
        <message>
            <source>Presidium confers with Kádár in Moscow</source>
            <translation>Президиум ЦК КПСС совещается с Кадаром в Москве</translation>
        </message>
        <message>
            <source>The CPSU Presidium discussed a new Hungarian government with János Kádár, Ferenc Münnich and Imre Horváth.</source>
            <translation>Президиум ЦК КПСС обсудил с Яношем Кадаром, Ференцем Мюннихом и Имре Хорватом вопрос о новом венгерском правительстве.</translation>
        </message>
        <message>
            <source>Operation Whirlwind launched</source>
            <translation>Начало операции «Вихрь»</translation>
        </message>
        <message>
            <source>Soviet forces attacked Budapest and the country's garrisons before dawn (FRUS doc. 162: Nagy reported the attack at 5:20 a.m.).</source>
            <translation>До рассвета советские войска атаковали Будапешт и гарнизоны по всей стране (FRUS, док. 162: Надь сообщил о нападении в 5:20).</translation>
        </message>
        <message>
            <source>Kádár government proclaimed by radio</source>
            <translation>По радио объявлено о правительстве Кадара</translation>
        </message>
        <message>
            <source>A radio broadcast, linked to Uzhhorod and Szolnok, announced the formation of the Revolutionary Workers' and Peasants' Government headed by János Kádár.</source>
            <translation>Радиопередача, связываемая с Ужгородом и Сольноком, объявила о создании Революционного рабоче-крестьянского правительства во главе с Яношем Кадаром.</translation>
        </message>
        <message>
            <source>Nagy's final radio message</source>
            <translation>Последнее радиообращение Надя</translation>
        </message>
        <message>
            <source>In the early morning Imre Nagy told the country by radio that Soviet troops were attacking Budapest and that the government remained at its post.</source>
            <translation>Рано утром Имре Надь сообщил стране по радио, что советские войска атакуют Будапешт, а правительство остаётся на своём посту.</translation>
        </message>
        <message>
            <source>Nagy takes refuge in the Yugoslav embassy</source>
            <translation>Надь укрывается в посольстве Югославии</translation>
        </message>
        <message>
            <source>Imre Nagy and a group of his associates sought asylum at the Yugoslav embassy in Budapest.</source>
            <translation>Имре Надь и группа его соратников попросили убежища в посольстве Югославии в Будапеште.</translation>
        </message>
        <message>
            <source>Mindszenty shelters in the US legation</source>
            <translation>Миндсенти укрывается в миссии США</translation>
        </message>
        <message>
            <source>Cardinal Mindszenty was given refuge in the United States legation in Budapest.</source>
            <translation>Кардинал Миндсенти получил убежище в миссии Соединённых Штатов в Будапеште.</translation>
        </message>
        <message>
            <source>Soviet veto blocks US draft on Hungary</source>
            <translation>Советское вето на проект США по Венгрии</translation>
        </message>
        <message>
            <source>At the Security Council's 754th meeting the Soviet Union vetoed the US draft resolution S/3730/Rev.1, which had nine votes in favour.</source>
            <translation>На 754-м заседании Совета Безопасности Советский Союз наложил вето на американский проект резолюции S/3730/Rev.1, за который было подано девять голосов.</translation>
        </message>
        <message>
            <source>SC Res. 120 refers Hungary to the Assembly</source>
            <translation>Резолюция СБ 120 передаёт венгерский вопрос Ассамблее</translation>
        </message>
        <message>
            <source>By 10 votes to 1 the Council then adopted Resolution 120, calling an emergency special session of the General Assembly on Hungary.</source>
            <translation>Затем 10 голосами против 1 Совет принял резолюцию 120 о созыве чрезвычайной специальной сессии Генеральной Ассамблеи по венгерскому вопросу.</translation>
        </message>
        <message>
            <source>Second emergency special session opens</source>
            <translation>Открытие второй чрезвычайной специальной сессии</translation>
        </message>
        <message>
            <source>The General Assembly convened its second emergency special session to deal with the situation in Hungary.</source>
            <translation>Генеральная Ассамблея открыла вторую чрезвычайную специальную сессию для рассмотрения положения в Венгрии.</translation>
        </message>
        <message>
            <source>GA Res. 1004 (ES-II) adopted on Hungary</source>
            <translation>Принята резолюция ГА 1004 (ES-II) по Венгрии</translation>
        </message>
        <message>
            <source>By 50 votes to 8, with 15 abstentions, the Assembly adopted Resolution 1004 (ES-II), calling on the Soviet Union to withdraw its forces and asking Hungary to admit UN observers.</source>
            <translation>Ассамблея 50 голосами против 8 при 15 воздержавшихся приняла резолюцию 1004 (ES-II), призывающую Советский Союз вывести свои войска и предлагающую Венгрии допустить наблюдателей ООН.</translation>
        </message>
        <message>
            <source>GA Res. 998 asks for a UN force plan</source>
            <translation>Резолюция ГА 998 запрашивает план сил ООН</translation>
        </message>
        <message>
            <source>Resolution 998 (ES-I) asked the Secretary-General to present within 48 hours a plan for an emergency international UN force to secure and supervise the end of hostilities.</source>
            <translation>Резолюция 998 (ES-I) просила Генерального секретаря в течение 48 часов представить план создания чрезвычайных международных сил ООН, которые обеспечили бы прекращение военных действий и наблюдали за ним.</translation>
        </message>
        <message>
            <source>GA Res. 999 presses for the Suez ceasefire</source>
            <translation>Резолюция ГА 999 настаивает на прекращении огня у Суэца</translation>
        </message>
        <message>
            <source>Resolution 999 (ES-I), adopted at the 563rd plenary meeting, repeated the ceasefire call and authorised the Secretary-General to arrange its implementation with the parties.</source>
            <translation>Резолюция 999 (ES-I), принятая на 563-м пленарном заседании, повторила призыв к прекращению огня и уполномочила Генерального секретаря договориться со сторонами о его осуществлении.</translation>
        </message>
        <message>
            <source>Eisenhower statement on Hungary</source>
            <translation>Заявление Эйзенхауэра о Венгрии</translation>
        </message>
        <message>
            <source>The White House released a statement by President Eisenhower on the renewed Soviet attack in Hungary.</source>
            <translation>Белый дом опубликовал заявление президента Эйзенхауэра о возобновлённом советском наступлении в Венгрии.</translation>
        </message>
        <message>
            <source>Eisenhower writes to Bulganin</source>
            <translation>Письмо Эйзенхауэра Булганину</translation>
        </message>
        <message>
            <source>In a letter to Soviet Premier Nikolai Bulganin, Eisenhower quoted the Soviet Declaration of 30 October and urged the withdrawal of Soviet forces from Hungary.</source>
            <translation>В письме Председателю Совета министров СССР Николаю Булганину Эйзенхауэр процитировал советскую Декларацию от 30 октября и настоятельно призвал вывести советские войска из Венгрии.</translation>
        </message>
        <message>
            <source>GA Res. 1000 sets up a UN Command (UNEF)</source>
            <translation>Резолюция ГА 1000 учреждает Командование ООН (ЧВС ООН)</translation>
        </message>
        <message>
            <source>The Assembly adopted Resolution 1000 (ES-I), establishing a United Nations Command for the emergency force that became UNEF.</source>
            <translation>Ассамблея приняла резолюцию 1000 (ES-I), учредившую Командование Организации Объединённых Наций для чрезвычайных сил, которые стали Чрезвычайными вооружёнными силами ООН (ЧВС ООН).</translation>
        </message>
        <message>
            <source>Anglo-French paratroops land at Port Said</source>
            <translation>Англо-французский парашютный десант у Порт-Саида</translation>
        </message>
        <message>
            <source>British and French airborne troops were dropped in the Port Said area at the northern end of the Suez Canal.</source>
            <translation>Британские и французские воздушно-десантные войска были выброшены в районе Порт-Саида у северной оконечности Суэцкого канала.</translation>
        </message>
        <message>
            <source>Bulganin sends letters on the Suez war</source>
            <translation>Письма Булганина о Суэцкой войне</translation>
        </message>
        <message>
            <source>Soviet Premier Nikolai Bulganin wrote to the governments involved in the attack on Egypt, and to President Eisenhower proposing joint US–Soviet action.</source>
            <translation>Председатель Совета министров СССР Николай Булганин направил письма правительствам, участвовавшим в нападении на Египет, а также президенту Эйзенхауэру, которому предложил совместные советско-американские действия.</translation>
        </message>
        <message>
            <source>White House rejects joint US–Soviet action</source>
            <translation>Белый дом отвергает совместные действия с СССР</translation>
        </message>
        <message>
            <source>The White House turned down the Soviet proposal that the two powers act together in the Middle East.</source>
            <translation>Белый дом отклонил советское предложение о совместных действиях двух держав на Ближнем Востоке.</translation>
        </message>
        <message>
            <source>Allied forces come ashore at Port Said</source>
            <translation>Высадка союзных войск в Порт-Саиде</translation>
        </message>
        <message>
            <source>British and French seaborne forces landed at Port Said.</source>
            <translation>Британские и французские морские десантные силы высадились в Порт-Саиде.</translation>
        </message>
        <message>
            <source>Ceasefire in Egypt takes effect</source>
            <translation>Вступает в силу прекращение огня в Египте</translation>
        </message>
        <message>
            <source>The Anglo-French ceasefire came into force at about midnight on the night of 6 to 7 November; the timing is approximate.</source>
            <translation>Англо-французское прекращение огня вступило в силу около полуночи, в ночь с 6 на 7 ноября; время указано приблизительно.</translation>
        </message>
        <message>
            <source>Eisenhower wins a second term</source>
            <translation>Эйзенхауэр переизбран на второй срок</translation>
        </message>
        <message>
            <source>Dwight D. Eisenhower was re-elected President of the United States, winning 457 electoral votes.</source>
            <translation>Дуайт Д. Эйзенхауэр был переизбран президентом Соединённых Штатов, получив 457 голосов выборщиков.</translation>
        </message>
        <message>
            <source>Presidium argues over Hungarian party appeal</source>
            <translation>Спор в Президиуме ЦК КПСС об обращении венгерской партии</translation>
        </message>
        <message>
            <source>The CPSU Presidium debated the appeal issued by the new Hungarian party, with Molotov and Khrushchev taking opposing positions.</source>
            <translation>Президиум ЦК КПСС обсудил обращение, выпущенное новой венгерской партией; Молотов и Хрущёв заняли противоположные позиции.</translation>
        </message>
        <message>
            <source>GA Res. 1001 on the UN Emergency Force</source>
            <translation>Резолюция ГА 1001 о Чрезвычайных вооружённых силах ООН</translation>
        </message>
        <message>
            <source>Resolution 1001 (ES-I) dealt with the organisation and functioning of the UN Emergency Force, endorsing the Secretary-General's proposals.</source>
            <translation>Резолюция 1001 (ES-I) касалась организации и функционирования Чрезвычайных вооружённых сил ООН и одобрила предложения Генерального секретаря.</translation>
        </message>
        <message>
            <source>GA Res. 1002 calls for withdrawal from Egypt</source>
            <translation>Резолюция ГА 1002 требует вывода войск из Египта</translation>
        </message>
        <message>
            <source>Resolution 1002 (ES-I) called on Israel to pull its forces back behind the armistice lines and on Britain and France to withdraw theirs from Egyptian territory.</source>
            <translation>Резолюция 1002 (ES-I) призвала Израиль отвести свои войска за линии перемирия, а Великобританию и Францию — вывести свои войска с территории Египта.</translation>
        </message>
        <message>
            <source>US stays away from Soviet 7 November reception</source>
            <translation>США бойкотируют советский приём 7 ноября</translation>
        </message>
        <message>
            <source>American officials boycotted the Soviet reception held for the anniversary of the October Revolution.</source>
            <translation>Американские официальные лица бойкотировали советский приём по случаю годовщины Октябрьской революции.</translation>
        </message>
        <message>
            <source>Kádár returns to Budapest</source>
            <translation>Кадар возвращается в Будапешт</translation>
        </message>
        <message>
            <source>Kádár and the members of his government reached Budapest and were sworn in by István Dobi, Chairman of the Presidential Council.</source>
            <translation>Кадар и члены его правительства прибыли в Будапешт и были приведены к присяге Председателем Президиума ВНР Иштваном Доби.</translation>
        </message>
        <message>
            <source>UN asks Hungary to admit observers</source>
            <translation>ООН просит Венгрию допустить наблюдателей</translation>
        </message>
        <message>
            <source>In an aide-mémoire (A/3315), the UN Secretary-General asked the Hungarian authorities to let UN observers into the country.</source>
            <translation>В памятной записке (A/3315) Генеральный секретарь ООН просил венгерские власти допустить в страну наблюдателей ООН.</translation>
        </message>
        <message>
            <source>GA Res. 1005 urges free elections in Hungary</source>
            <translation>Резолюция ГА 1005 призывает к свободным выборам в Венгрии</translation>
        </message>
        <message>
            <source>At its 571st plenary meeting the Assembly adopted Resolution 1005 (ES-II) by 48 votes to 11, renewing the demand for Soviet withdrawal and calling for free elections under UN auspices.</source>
            <translation>На 571-м пленарном заседании Ассамблея 48 голосами против 11 приняла резолюцию 1005 (ES-II), в которой вновь потребовала вывода советских войск и призвала к свободным выборам под эгидой ООН.</translation>
        </message>
        <message>
            <source>UNHCR to lead aid for Hungarian refugees</source>
            <translation>УВКБ ООН возглавит помощь венгерским беженцам</translation>
        </message>
        <message>
            <source>The UN High Commissioner for Refugees was given the leading role in coordinating help for the refugees from Hungary.</source>
            <translation>Верховному комиссару ООН по делам беженцев была отведена ведущая роль в координации помощи беженцам из Венгрии.</translation>
        </message>
        <message>
            <source>Organised armed resistance ends</source>
            <translation>Конец организованного вооружённого сопротивления</translation>
        </message>
        <message>
            <source>The last organised armed resistance to the Soviet forces in Hungary came to an end at about this time.</source>
            <translation>Примерно в это время прекратилось последнее организованное вооружённое сопротивление советским войскам в Венгрии.</translation>
        </message>
        <message>
            <source>UN emergency special sessions close</source>
            <translation>Закрытие чрезвычайных специальных сессий ГА</translation>
        </message>
        <message>
            <source>The first and second emergency special sessions of the General Assembly came to a close, and their questions passed to the regular eleventh session.</source>
            <translation>Первая и вторая чрезвычайные специальные сессии Генеральной Ассамблеи завершились, а их вопросы были переданы очередной одиннадцатой сессии.</translation>
        </message>
        <message>
            <source>Central Workers' Council of Budapest formed</source>
            <translation>Создан Центральный рабочий совет Будапешта</translation>
        </message>
        <message>
            <source>Delegates of the capital's workers' councils set up the Central Workers' Council of Greater Budapest.</source>
            <translation>Делегаты рабочих советов столицы создали Центральный рабочий совет Большого Будапешта.</translation>
        </message>
        <message>
            <source>Eisenhower press conference</source>
            <translation>Пресс-конференция Эйзенхауэра</translation>
        </message>
        <message>
            <source>President Eisenhower took questions on Hungary and the Middle East at a news conference.</source>
            <translation>На пресс-конференции президент Эйзенхауэр ответил на вопросы о Венгрии и Ближнем Востоке.</translation>
        </message>
        <message>
            <source>First UN Emergency Force troops arrive</source>
            <translation>Прибытие первых подразделений ЧВС ООН</translation>
        </message>
        <message>
            <source>The first contingents of UNEF reached Egypt; sources disagree on the date, giving either 15 or 21 November.</source>
            <translation>Первые контингенты ЧВС ООН прибыли в Египет; источники расходятся в дате, называя либо 15, либо 21 ноября.</translation>
        </message>
        <message>
            <source>Gomułka wins concessions in Moscow</source>
            <translation>Гомулка добивается уступок в Москве</translation>
        </message>
        <message>
            <source>A Polish delegation led by Władysław Gomułka held talks in Moscow and obtained concessions from the Soviet leadership.</source>
            <translation>Польская делегация во главе с Владиславом Гомулкой провела переговоры в Москве и добилась уступок от советского руководства.</translation>
        </message>
        <message>
            <source>GA Res. 1127 (XI) on UN observers</source>
            <translation>Резолюция ГА 1127 (XI) о наблюдателях ООН</translation>
        </message>
        <message>
            <source>The Assembly adopted Resolution 1127 (XI), renewing its call for Soviet withdrawal and for UN observers to be admitted to Hungary.</source>
            <translation>Ассамблея приняла резолюцию 1127 (XI), вновь призвав к выводу советских войск и к допуску наблюдателей ООН в Венгрию.</translation>
        </message>
        <message>
            <source>GA Res. 1128 (XI) on deportations</source>
            <translation>Резолюция ГА 1128 (XI) о депортациях</translation>
        </message>
        <message>
            <source>Resolution 1128 (XI), adopted at the 587th plenary meeting, noted conflicting claims that Hungarians had been deported and urged Hungary to let the Secretary-General's observers in.</source>
            <translation>Резолюция 1128 (XI), принятая на 587-м пленарном заседании, отметила противоречивые утверждения о депортации венгров и настоятельно призвала Венгрию допустить наблюдателей Генерального секретаря.</translation>
        </message>
        <message>
            <source>Nagy seized after leaving Yugoslav embassy</source>
            <translation>Надь задержан после выхода из посольства Югославии</translation>
        </message>
        <message>
            <source>Imre Nagy and his companions left the Yugoslav embassy with a promise of safe conduct but were detained by Soviet forces, and were later taken to Snagov in Romania.</source>
            <translation>Имре Надь и его спутники покинули посольство Югославии, получив обещание беспрепятственного выезда, но были задержаны советскими войсками, а затем вывезены в Снагов (Румыния).</translation>
        </message>
        <message>
            <source>Peak day of flight: 8,537 reach Austria</source>
            <translation>Пик бегства: 8537 человек прибывают в Австрию</translation>
        </message>
        <message>
            <source>On the busiest single day of the exodus, 8,537 people crossed from Hungary into Austria.</source>
            <translation>В самый массовый день исхода из Венгрии в Австрию перешли 8537 человек.</translation>
        </message>
        <message>
            <source>Some 113,000 refugees in Austria</source>
            <translation>Около 113 000 беженцев в Австрии</translation>
        </message>
        <message>
            <source>By the end of November about 113,000 refugees from Hungary had arrived in Austria.</source>
            <translation>К концу ноября в Австрию прибыли около 113 000 беженцев из Венгрии.</translation>
        </message>
        <message>
            <source>UN chief has no word on troop withdrawal</source>
            <translation>Генеральный секретарь ООН: сведений о выводе войск нет</translation>
        </message>
        <message>
            <source>The Secretary-General reported that no information was available to him on steps taken to comply with the Assembly's resolutions on withdrawing troops.</source>
            <translation>Генеральный секретарь сообщил, что не располагает сведениями о мерах, принятых во исполнение резолюций Ассамблеи о выводе войск.</translation>
        </message>
    </context>
</TS>
