<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AddFollowUpForm</name>
    <message>
        <location filename="../../netplanner/gui/today/add_form.py" line="+45"/>
        <source>New follow-up</source>
        <translation>Nieuwe vervolgactie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Send Femke my CV</source>
        <translation>bijv. Femke mijn cv sturen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody in particular</source>
        <translation>Niemand in het bijzonder</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wh&amp;at:</source>
        <translation>Wa&amp;t:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B&amp;y:</source>
        <translation>&amp;Uiterlijk:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;bout:</source>
        <translation>Ov&amp;er:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Say what to do in a few words.</source>
        <translation>Zeg in een paar woorden wat je gaat doen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no contact called “%1”.</source>
        <translation>Er is geen contact met de naam “%1”.</translation>
    </message>
</context>
<context>
    <name>AddressSection</name>
    <message>
        <location filename="../../netplanner/gui/contacts/form_sections.py" line="+101"/>
        <source>Street and number</source>
        <translation>Straat en huisnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Province or state</source>
        <translation>Provincie of staat</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
</context>
<context>
    <name>AnswerHitModel</name>
    <message>
        <location filename="../../netplanner/gui/conversations/answer_results.py" line="+59"/>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1

Asked: %2
%3</source>
        <translation>%1

Vraag: %2
%3</translation>
    </message>
</context>
<context>
    <name>AnswerResultsView</name>
    <message>
        <location line="+105"/>
        <source>Answers found</source>
        <translation>Gevonden antwoorden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Click a found answer, or press Enter, to open its conversation</source>
        <translation>Klik op een gevonden antwoord, of druk op Enter, om het gesprek te openen</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../netplanner/gui/app.py" line="+77"/>
        <source>Welcome to NetPlanner</source>
        <translation>Welkom bij NetPlanner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data file is empty. Would you like to look around in an example network first? It holds a dozen contacts, some introduced by others, and four conversations in different stages.</source>
        <translation>Je gegevensbestand is leeg. Wil je eerst rondkijken in een voorbeeldnetwerk? Daarin staan een stuk of twaalf contacten, van wie een paar via anderen zijn voorgesteld, en vier gesprekken in verschillende fasen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>Load example network</source>
        <translation>Voorbeeldnetwerk laden</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Start empty</source>
        <translation>Leeg beginnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can delete the example contacts at any time.</source>
        <translation>Je kunt de voorbeeldcontacten altijd weer verwijderen.</translation>
    </message>
    <message>
        <location filename="../../netplanner/gui/opening.py" line="+169"/>
        <location line="+22"/>
        <source>Start with an empty file</source>
        <translation>Beginnen met een leeg bestand</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+46"/>
        <source>Open another file…</source>
        <translation>Ander bestand openen…</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>There is no good backup of it.</source>
        <translation>Er is geen goede back-up van.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The newest good backup is from %1, with %2 contacts and %3 conversations.</source>
        <translation>De nieuwste goede back-up is van %1, met %2 contacten en %3 gesprekken.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore that backup</source>
        <translation>Die back-up terugzetten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The data file is damaged</source>
        <translation>Het gegevensbestand is beschadigd</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>NetPlanner is already open with this data file. Its window has been brought to the front; use that one, so nothing is written twice.</source>
        <translation>NetPlanner is al geopend met dit gegevensbestand. Dat venster staat nu vooraan; werk daarin verder, dan wordt niets dubbel opgeslagen.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>NetPlanner cannot open its data file</source>
        <translation>NetPlanner kan zijn gegevensbestand niet openen</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../netplanner/gui/context.py" line="+170"/>
        <source>Not saved</source>
        <extracomment>Writes the user can take back, newest first; older ones are forgotten.</extracomment>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+5"/>
        <source>Not undone</source>
        <translation>Niet ongedaan gemaakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” cannot be undone or redone any more: the data changed in the meantime, perhaps from the command line. Nothing was changed. The list of steps to undo has been emptied.</source>
        <translation>“%1” kan niet meer ongedaan gemaakt of opnieuw uitgevoerd worden: de gegevens zijn intussen veranderd, misschien via de opdrachtregel. Er is niets gewijzigd. De lijst met stappen om ongedaan te maken is leeggemaakt.</translation>
    </message>
</context>
<context>
    <name>AskComposerPanel</name>
    <message>
        <location filename="../../netplanner/gui/goals/ask_composer_panel.py" line="+45"/>
        <source>Your ask to one person</source>
        <translation>Je vraag aan één persoon</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Optional: who you write to, e.g. Anna de Vries</source>
        <translation>Optioneel: aan wie je schrijft, bijv. Anna de Vries</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>T&amp;o:</source>
        <translation>&amp;Aan:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Message (edit it as you like):</source>
        <translation>Bericht (pas het ger&amp;ust aan):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write it for me &amp;again</source>
        <translation>Schrijf het opnieuw voor &amp;me</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compose the message again from the goal and the name</source>
        <translation>Stel het bericht opnieuw op uit het doel en de naam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy to clip&amp;board</source>
        <translation>Ko&amp;piëren naar klembord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the message, to paste it in an e-mail or chat</source>
        <translation>Kopieer het bericht om het in een e-mail of chat te plakken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message status</source>
        <translation>Status van het bericht</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Check of your message</source>
        <translation>Controle van je bericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Write the message again</source>
        <translation>Bericht opnieuw schrijven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace your edited message with a newly written one?</source>
        <translation>Je aangepaste bericht vervangen door een nieuw geschreven bericht?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your changes to the message will be lost.</source>
        <translation>Je wijzigingen in het bericht gaan verloren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Written again from the goal.</source>
        <translation>Opnieuw geschreven vanuit het doel.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copied</source>
        <translation>Gekopieerd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your edits are kept; “Write it for me again” uses the new fields.</source>
        <translation>Je aanpassingen blijven staan; “Schrijf het opnieuw voor me” gebruikt de nieuwe velden.</translation>
    </message>
</context>
<context>
    <name>AskFeedback</name>
    <message>
        <location filename="../../netplanner/gui/goals/ask_feedback.py" line="+41"/>
        <source>Too vague</source>
        <extracomment>How long typing must pause before the text is checked again.</extracomment>
        <translation>Te vaag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks for a job</source>
        <translation>Vraagt om een baan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaks to a crowd</source>
        <translation>Spreekt een groep aan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A yes/no question</source>
        <translation>Een ja/nee-vraag</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Concrete, and invites them to think along ✓</source>
        <translation>Concreet, en nodigt uit om mee te denken ✓</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your message is checked as you type: is it concrete, and does it invite the other person to think along?</source>
        <translation>Je bericht wordt gecontroleerd terwijl je typt: is het concreet, en nodigt het de ander uit om mee te denken?</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>No invitation to think along</source>
        <translation>Geen uitnodiging om mee te denken</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Use this question</source>
        <translation>Gebruik deze vraag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add this question</source>
        <translation>Voeg deze vraag toe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put “%1” in your message</source>
        <translation>Zet “%1” in je bericht</translation>
    </message>
</context>
<context>
    <name>BankDialog</name>
    <message>
        <location filename="../../netplanner/gui/banks/bank_dialog.py" line="+56"/>
        <source>Edit question bank</source>
        <translation>Vragenbank bewerken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New question bank</source>
        <translation>Nieuwe vragenbank</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For example: Questions for designers</source>
        <translation>Bijvoorbeeld: Vragen voor ontwerpers</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What kind of conversation is this bank for? (optional)</source>
        <translation>Voor wat voor gesprek is deze vragenbank? (optioneel)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
</context>
<context>
    <name>BankListModel</name>
    <message>
        <location filename="../../netplanner/gui/banks/bank_list_model.py" line="+126"/>
        <source>%n question</source>
        <extracomment>&quot;English · 25 questions&quot;: the second line the delegate draws under the name.</extracomment>
        <translation>%n vraag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n questions</source>
        <translation>%n vragen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>built-in</source>
        <translation>ingebouwd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Came with NetPlanner; this is your own copy.</source>
        <translation>Meegeleverd met NetPlanner; dit is je eigen kopie.</translation>
    </message>
</context>
<context>
    <name>BankListPanel</name>
    <message>
        <location filename="../../netplanner/gui/banks/bank_list_view.py" line="+162"/>
        <source>&amp;Banks</source>
        <extracomment>How long a message under the bank buttons stays. English first: the order of the language filter.</extracomment>
        <translation>Vr&amp;agenbanken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share &amp;&amp; pr&amp;int</source>
        <translation>Delen &amp;&amp; a&amp;fdrukken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export or import a bank, print a booklet</source>
        <translation>Een vragenbank exporteren of importeren, een vragenboekje afdrukken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export this bank…</source>
        <translation>Deze vragenbank &amp;exporteren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import a bank…</source>
        <translation>Een vragenbank &amp;importeren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print &amp;booklet…</source>
        <translation>&amp;Vragenboekje afdrukken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blank &amp;prep sheet…</source>
        <translation>&amp;Lege gespreksvoorbereiding…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the selected bank as a file to share</source>
        <translation>Sla de geselecteerde vragenbank op als bestand om te delen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a bank from a file someone shared</source>
        <translation>Voeg een vragenbank toe uit een bestand dat iemand met je heeft gedeeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the questions as a PDF to print</source>
        <translation>Sla de vragen op als pdf om af te drukken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save an empty prep sheet as a PDF, to fill in by hand</source>
        <translation>Sla een lege gespreksvoorbereiding op als pdf, om met de hand in te vullen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show banks in</source>
        <translation>Vragenbanken in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the banks in one language only</source>
        <translation>Toon alleen de vragenbanken in één taal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All languages</source>
        <translation>Alle talen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Search all banks</source>
        <translation>Zoeken in alle vragenbanken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find questions in every bank; double-click a result to open it</source>
        <translation>Zoek vragen in elke vragenbank; dubbelklik op een resultaat om het te openen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New bank…</source>
        <translation>Nie&amp;uwe vragenbank…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit ban&amp;k…</source>
        <translation>Vragenbank bewe&amp;rken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete bank</source>
        <translation>Vragenbank verwi&amp;jderen</translation>
    </message>
</context>
<context>
    <name>BankPane</name>
    <message>
        <location filename="../../netplanner/gui/banks/bank_pane.py" line="+55"/>
        <source>All categories</source>
        <translation>Alle categorieën</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Words in the question</source>
        <translation>Woorden in de vraag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Categor&amp;y:</source>
        <translation>Ca&amp;tegorie:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Move &amp;up</source>
        <translation>O&amp;mhoog</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move &amp;down</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete question</source>
        <translation>Vraag verwijderen</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Came with NetPlanner. This is your own copy: change it as you like.</source>
        <translation>Meegeleverd met NetPlanner. Dit is je eigen kopie: pas hem aan zoals je wilt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No questions yet: type one below and press Enter.</source>
        <translation>Nog geen vragen: typ er hieronder een en druk op Enter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %n question shown</source>
        <translation>%1 van %n vraag getoond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %n questions shown</source>
        <translation>%1 van %n vragen getoond</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%n question</source>
        <translation>%n vraag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n questions</source>
        <translation>%n vragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%n not yet open</source>
        <translation>%n nog geen open vraag</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Move the selected question up (%1)</source>
        <translation>Zet de geselecteerde vraag een plek hoger (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the selected question down (%1)</source>
        <translation>Zet de geselecteerde vraag een plek lager (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected question (%1)</source>
        <translation>Verwijder de geselecteerde vraag (%1)</translation>
    </message>
</context>
<context>
    <name>BankPrinting</name>
    <message>
        <location filename="../../netplanner/gui/banks/booklet_export.py" line="+47"/>
        <source>Print booklet</source>
        <translation>Vragenboekje afdrukken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which question banks go into the booklet?</source>
        <translation>Welke vragenbanken komen in het vragenboekje?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This bank</source>
        <translation>Deze vragenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All shown banks (%1)</source>
        <translation>Alle getoonde vragenbanken (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>question-banks</source>
        <translation>vragenbanken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save booklet</source>
        <translation>Vragenboekje opslaan</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save blank prep sheet</source>
        <translation>Lege gespreksvoorbereiding opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blank-prep-sheet</source>
        <translation>lege-gespreksvoorbereiding</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Could not write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved %1.</source>
        <translation>%1 opgeslagen.</translation>
    </message>
</context>
<context>
    <name>BankQuestionList</name>
    <message>
        <location filename="../../netplanner/gui/conversations/bank_list.py" line="+41"/>
        <source>Questions in the bank</source>
        <extracomment>Rows of a chosen list were dropped here: (that list&apos;s token, rows).</extracomment>
        <translation>Vragen in de vragenbank</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Press Enter or drag the selected questions to the chosen list to add them; Ctrl+click or Shift+arrows selects several</source>
        <translation>Druk op Enter of sleep de geselecteerde vragen naar de lijst met gekozen vragen om ze toe te voegen; met Ctrl+klik of Shift+pijltjes selecteer je er meer tegelijk</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This bank has no questions yet.</source>
        <translation>Deze vragenbank heeft nog geen vragen.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Already chosen</source>
        <translation>Al gekozen</translation>
    </message>
</context>
<context>
    <name>BankSharing</name>
    <message>
        <location filename="../../netplanner/gui/banks/sharing.py" line="+69"/>
        <source>Question banks (*.json);;All files (*)</source>
        <translation>Vragenbanken (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>question-bank</source>
        <extracomment>A file name for a bank whose name cannot be one (letters and dashes, no spaces).</extracomment>
        <translation>vragenbank</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export question bank</source>
        <translation>Vragenbank exporteren</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+6"/>
        <location line="+18"/>
        <source>Not exported</source>
        <translation>Niet geëxporteerd</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Could not write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exported “%1” to %2.</source>
        <translation>“%1” geëxporteerd naar %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+18"/>
        <source>Import question bank</source>
        <translation>Vragenbank importeren</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+32"/>
        <source>Not imported</source>
        <translation>Niet geïmporteerd</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>You already have this bank: “%1”.</source>
        <translation>Je hebt deze vragenbank al: “%1”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update my bank</source>
        <translation>Mijn vragenbank bijwerken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import as a copy</source>
        <translation>Importeren als kopie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update replaces the questions of your bank with the ones in the file. A copy leaves your bank as it is.</source>
        <translation>Bijwerken vervangt de vragen van je vragenbank door die in het bestand. Een kopie laat je vragenbank zoals hij is.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (copy)</source>
        <translation> (kopie)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import bank</source>
        <translation>Vragenbank importeren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Update bank</source>
        <translation>Vragenbank bijwerken</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Imported “%1” with %n question.</source>
        <translation>“%1” geïmporteerd met %n vraag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported “%1” with %n questions.</source>
        <translation>“%1” geïmporteerd met %n vragen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%n duplicate question was left out.</source>
        <translation>%n dubbele vraag is weggelaten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n duplicate questions were left out.</source>
        <translation>%n dubbele vragen zijn weggelaten.</translation>
    </message>
</context>
<context>
    <name>BanksTab</name>
    <message>
        <location filename="../../netplanner/gui/banks/bank_actions.py" line="+76"/>
        <source>New bank</source>
        <translation>Nieuwe vragenbank</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Edit bank</source>
        <extracomment>The version of the bank the dialog shows: a save over a newer one is refused, and *Reload* moves it on to the one it then shows.</extracomment>
        <translation>Vragenbank bewerken</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete question bank</source>
        <translation>Vragenbank verwijderen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the question bank “%1” and its %n question?</source>
        <translation>De vragenbank “%1” en de %n vraag erin verwijderen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the question bank “%1” and its %n questions?</source>
        <translation>De vragenbank “%1” en de %n vragen erin verwijderen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>Delete bank</source>
        <translation>Vragenbank verwijderen</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Conversations keep the questions already chosen for them: they hold copies.</source>
        <translation>Gesprekken houden de vragen die al voor ze gekozen zijn: ze hebben er een kopie van.</translation>
    </message>
    <message>
        <location filename="../../netplanner/gui/banks/question_actions.py" line="+76"/>
        <source>Add question</source>
        <translation>Vraag toevoegen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Edit question</source>
        <translation>Vraag bewerken</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Save the changes to question %1 first?</source>
        <translation>Eerst de wijzigingen in vraag %1 opslaan?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the question “%1” to the bank first?</source>
        <translation>Eerst de vraag “%1” aan de vragenbank toevoegen?</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>A question needs a text: type one, or discard the change.</source>
        <translation>Een vraag heeft een tekst nodig: typ er een, of gooi de wijziging weg.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Question %1 in this bank already says this.</source>
        <translation>Vraag %1 in deze vragenbank zegt dit al.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Question not saved</source>
        <translation>Vraag niet opgeslagen</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+6"/>
        <location line="+10"/>
        <source>Delete question</source>
        <translation>Vraag verwijderen</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Delete question %1, “%2”?</source>
        <translation>Vraag %1, “%2”, verwijderen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conversations that already use it keep their own copy.</source>
        <translation>Gesprekken die de vraag al gebruiken, houden hun eigen kopie.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Move question</source>
        <translation>Vraag verplaatsen</translation>
    </message>
    <message>
        <location filename="../../netplanner/gui/banks/tab.py" line="+127"/>
        <source>Question banks</source>
        <extracomment>Replaceable in tests: the dialog for a bank&apos;s name, language and description.</extracomment>
        <translation>Vragenbanken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the question up</source>
        <translation>Zet de vraag een plek hoger</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the question down</source>
        <translation>Zet de vraag een plek lager</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>No question bank in this language. Choose “All languages” above.</source>
        <translation>Geen vragenbank in deze taal. Kies hierboven “Alle talen”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No question bank yet. Click “New bank…” to make one.</source>
        <translation>Nog geen vragenbank. Klik op “Nieuwe vragenbank…” om er een te maken.</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Delete the question</source>
        <translation>Verwijder de vraag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the bank</source>
        <translation>Verwijder de vragenbank</translation>
    </message>
</context>
<context>
    <name>CheckFeedback</name>
    <message>
        <location filename="../../netplanner/gui/banks/check_feedback.py" line="+54"/>
        <source>Suggestion: %1</source>
        <translation>Suggestie: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open question ✓</source>
        <extracomment>The user clicked &quot;Use suggestion&quot;; carries the suggested text.</extracomment>
        <translation>Open vraag ✓</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problems found: this question invites the other person to tell.</source>
        <translation>Geen problemen gevonden: deze vraag nodigt de ander uit om te vertellen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tip: open questions start with what, how, which or why.</source>
        <translation>Tip: open vragen beginnen met wat, hoe, welke of waarom.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Use &amp;suggestion</source>
        <translation>Sugg&amp;estie gebruiken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the question with the suggestion</source>
        <translation>Vervang de vraag door de suggestie</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Already in this bank as number %1.</source>
        <translation>Staat al in deze vragenbank als nummer %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+1"/>
        <source>(and %n more: see the tooltip)</source>
        <translation>(en nog %n: zie de tooltip)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try: “%1”</source>
        <translation>Probeer: “%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not yet an open question:</source>
        <translation>Nog geen open vraag:</translation>
    </message>
</context>
<context>
    <name>ChosenPanel</name>
    <message>
        <location filename="../../netplanner/gui/conversations/chosen_panel.py" line="+50"/>
        <source>Drag a question to change the order, or press Ctrl+Up / Ctrl+Down. Delete removes it; F2 or a double-click changes its wording for this conversation.</source>
        <extracomment>Something the user would want to save changed (list, order, wording or an answer). A short note for the picker&apos;s message line (&quot;&quot; clears it).</extracomment>
        <translation>Sleep een vraag om de volgorde te veranderen, of druk op Ctrl+Omhoog / Ctrl+Omlaag. Delete haalt hem weg; F2 of dubbelklikken verandert de formulering voor dit gesprek.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+127"/>
        <source>Remove</source>
        <translation>Weghalen</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Remove the selected question (Delete, or drag it back to the bank)</source>
        <translation>Haal de geselecteerde vraag weg (Delete, of sleep hem terug naar de vragenbank)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask this question earlier (Ctrl+Up, or drag it)</source>
        <translation>Stel deze vraag eerder (Ctrl+Omhoog, of sleep hem)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask this question later (Ctrl+Down, or drag it)</source>
        <translation>Stel deze vraag later (Ctrl+Omlaag, of sleep hem)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write your own question…</source>
        <translation>Schrijf je eigen vraag…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own question</source>
        <translation>Je eigen vraag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add your own question</source>
        <translation>Je eigen vraag toevoegen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Answer — what they sa&amp;id:</source>
        <translation>&amp;Antwoord — wat zei de ander:</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>That question is already in the list.</source>
        <translation>Die vraag staat al in de lijst.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Remove question</source>
        <translation>Vraag weghalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this question and the answer you noted?</source>
        <translation>Deze vraag en het antwoord dat je noteerde weghalen?</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Already in the list: nothing added.</source>
        <translation>Staat al in de lijst: niets toegevoegd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added %1; %2 already in the list.</source>
        <translation>%1 toegevoegd; %2 al in de lijst.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>After the conversation: what did they say?</source>
        <translation>Na het gesprek: wat zei de ander?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a chosen question to note the answer.</source>
        <translation>Selecteer een gekozen vraag om het antwoord te noteren.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cho&amp;sen questions (%1):</source>
        <translation>Geko&amp;zen vragen (%1):</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Check of the question</source>
        <translation>Controle van de vraag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use suggestion</source>
        <translation>Suggestie gebruiken</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen question</source>
        <translation>Haal de gekozen vraag weg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the question earlier</source>
        <translation>Stel de vraag eerder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ask the question later</source>
        <translation>Stel de vraag later</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change a chosen question&apos;s wording for this conversation</source>
        <translation>Pas de woorden van een gekozen vraag aan voor dit gesprek</translation>
    </message>
</context>
<context>
    <name>ChosenQuestionsList</name>
    <message>
        <location filename="../../netplanner/gui/conversations/chosen_list.py" line="+186"/>
        <source>Chosen questions</source>
        <extracomment>Bank questions were dropped here: (how many were added, how many were already chosen). The user dragged a question to another place in the list.</extracomment>
        <translation>Gekozen vragen</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../netplanner/cli/backup.py" line="+34"/>
        <source>There is no data file at %1 to back up.</source>
        <translation>Er is geen gegevensbestand op %1 om een back-up van te maken.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backup written to %1 (%2 contacts, %3 conversations)</source>
        <translation>Back-up geschreven naar %1 (%2 contacten, %3 gesprekken)</translation>
    </message>
    <message>
        <location filename="../../netplanner/cli/bank.py" line="+83"/>
        <source>Question bank “%1” (%2 questions) written to %3</source>
        <translation>Vragenbank “%1” (%2 vragen) geschreven naar %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../netplanner/cli/importing.py" line="+104"/>
        <source>%1 Nothing was imported.</source>
        <translation>%1 Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You already have this question bank (“%1”, ID %2). Run again with --update to replace its questions or --copy to add a copy.</source>
        <translation>Je hebt deze vragenbank al (“%1”, ID %2). Voer de opdracht opnieuw uit met --update om de vragen te vervangen, of met --copy om een kopie toe te voegen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Question bank “%1” updated as ID %2: %3 questions</source>
        <translation>Vragenbank “%1” bijgewerkt als ID %2: %3 vragen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (copy)</source>
        <translation>%1 (kopie)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Question bank “%1” imported as ID %2: %3 questions</source>
        <translation>Vragenbank “%1” geïmporteerd als ID %2: %3 vragen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(%1 repeated question left out)</source>
        <translation>(%1 herhaalde vraag weggelaten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(%1 repeated questions left out)</source>
        <translation>(%1 herhaalde vragen weggelaten)</translation>
    </message>
    <message>
        <location filename="../../netplanner/cli/blank_sheet.py" line="+46"/>
        <source>--questions must be a number from 0 to 200.</source>
        <translation>--questions moet een getal van 0 tot en met 200 zijn.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The blank prep sheet could not be made: %1</source>
        <translation>De lege gespreksvoorbereiding kon niet worden gemaakt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blank prep sheet written to %1</source>
        <translation>Lege gespreksvoorbereiding geschreven naar %1</translation>
    </message>
    <message>
        <location filename="../../netplanner/cli/booklet.py" line="+67"/>
        <source>The booklet could not be made: %1</source>
        <translation>Het vragenboekje kon niet worden gemaakt: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Question booklet (%1 bank, %2 questions) written to %3</source>
        <translation>Vragenboekje (%1 vragenbank, %2 vragen) geschreven naar %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question booklet (%1 banks, %2 questions) written to %3</source>
        <translation>Vragenboekje (%1 vragenbanken, %2 vragen) geschreven naar %3</translation>
    </message>
    <message>
        <location filename="../../netplanner/cli/chain.py" line="+52"/>
        <source>%1 (%2 degree)</source>
        <translation>%1 (%2 graad)</translation>
    </message>
    <message>
        <location filename="../../netplanner/cli/check.py" line="+34"/>
        <source>The data file %1 has problems: %2</source>
        <translation>Het gegevensbestand %1 heeft problemen: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data file %1 is healthy (%2 contacts).</source>
        <translation>Het gegevensbestand %1 is in orde (%2 contacten).</translation>
    </message>
    <message>
        <location filename="../../netplanner/cli/data.py" line="+51"/>
        <source>Cannot read %1: there is no such file.</source>
        <translation>Kan %1 niet lezen: dat bestand bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../netplanner/cli/demo.py" line="+30"/>
        <source>Example network added to %1</source>
        <translation>Voorbeeldnetwerk toegevoegd aan %1</translation>
    </message>
    <message>
        <location filename="../../netplanner/cli/errors.py" line="+42"/>
        <source>waiting for another program that is writing to %1… (Ctrl+C stops; nothing is changed then)</source>
        <translation>wachten op een ander programma dat naar %1 schrijft… (Ctrl+C stopt; er verandert dan niets)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Interrupted.</source>
        <translation>Onderbroken.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot use %1: %2.</source>
        <translation>Kan %1 niet gebruiken: %2.</translation>
    </message>
    <message>
        <location filename="../../netplanner/cli/export.py" line="+106"/>
        <source>Unknown export format %1.</source>
        <translation>Onbekend exportformaat %1.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 contact written to %2 (cells separated by semicolons)</source>
        <translation>%1 contact geschreven naar %2 (cellen gescheiden door puntkomma’s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 contacts written to %2 (cells separated by semicolons)</source>
        <translation>%1 contacten geschreven naar %2 (cellen gescheiden door puntkomma’s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 contact written to %2 (cells separated by commas)</source>
        <translation>%1 contact geschreven naar %2 (cellen gescheiden door komma’s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 contacts written to %2 (cells separated by commas)</source>
        <translation>%1 contacten geschreven naar %2 (cellen gescheiden door komma’s)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 contact written to %2 as vCard %3</source>
        <translation>%1 contact geschreven naar %2 als vCard %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 contacts written to %2 as vCard %3</source>
        <translation>%1 contacten geschreven naar %2 als vCard %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There are no upcoming conversations with a date to export; nothing was written.</source>
        <translation>Er zijn geen komende gesprekken met een datum om te exporteren; er is niets geschreven.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 conversation written to %2</source>
        <translation>%1 gesprek geschreven naar %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 conversations written to %2</source>
        <translation>%1 gesprekken geschreven naar %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 contact</source>
        <translation>%1 contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 contacts</source>
        <translation>%1 contacten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 conversation</source>
        <translation>%1 gesprek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 conversations</source>
        <translation>%1 gesprekken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 question bank</source>
        <translation>%1 vragenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 question banks</source>
        <translation>%1 vragenbanken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archive written to %1: %2, %3, %4</source>
        <translation>Archief geschreven naar %1: %2, %3, %4</translation>
    </message>
    <message>
        <location filename="../../netplanner/cli/importing.py" line="-55"/>
        <source>row</source>
        <translation>rij</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>card</source>
        <translation>kaart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spreadsheet</source>
        <translation>spreadsheet</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1: cannot be read (%2). Nothing was imported.</source>
        <translation>%1: kan niet worden gelezen (%2). Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%2 file %3: %1 card read.</source>
        <translation>%2-bestand %3: %1 kaart gelezen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%2 file %3: %1 cards read.</source>
        <translation>%2-bestand %3: %1 kaarten gelezen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%2 file %3: %1 row read.</source>
        <translation>%2-bestand %3: %1 rij gelezen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%2 file %3: %1 rows read.</source>
        <translation>%2-bestand %3: %1 rijen gelezen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To create: %1</source>
        <translation>Aan te maken: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created: %1</source>
        <translation>Aangemaakt: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To update: %1</source>
        <translation>Bij te werken: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated: %1</source>
        <translation>Bijgewerkt: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(only empty fields are filled; nothing you wrote is overwritten)</source>
        <translation>(alleen lege velden worden ingevuld; niets wat je zelf schreef wordt overschreven)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Skipped: %1</source>
        <translation>Overgeslagen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(%1 twice in the file, %2 already known)</source>
        <translation>(%1 dubbel in het bestand, %2 al bekend)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rejected: %1</source>
        <translation>Geweigerd: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read in part: %1 (the rest of the card was kept)</source>
        <translation>Deels gelezen: %1 (de rest van de kaart is bewaard)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read in part: %1 (the rest of the row was kept)</source>
        <translation>Deels gelezen: %1 (de rest van de rij is bewaard)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Likely duplicates: %1 (would be added as new contacts; if one is the same person, merge them in the app)</source>
        <translation>Waarschijnlijk dubbel: %1 (zouden als nieuwe contacten worden toegevoegd; is het dezelfde persoon, voeg ze dan samen in de app)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Likely duplicates: %1 (added as new contacts; if one is the same person, merge them in the app)</source>
        <translation>Waarschijnlijk dubbel: %1 (als nieuwe contacten toegevoegd; is het dezelfde persoon, voeg ze dan samen in de app)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 looks like %2 (ID %3): %4</source>
        <translation>%1 lijkt op %2 (ID %3): %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Introduced by: set for %1 from related names</source>
        <translation>Voorgesteld door: ingevuld voor %1 op basis van verwante namen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dry run: nothing was changed.</source>
        <translation>Proefrun: er is niets veranderd.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Used properties: %1</source>
        <translation>Gebruikte eigenschappen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Used columns (%1): %2</source>
        <translation>Gebruikte kolommen (%1): %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Used columns: %1</source>
        <translation>Gebruikte kolommen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left out: %1</source>
        <translation>Weggelaten: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>… and %1 more</source>
        <translation>… en nog %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 Nothing was restored; restore into a new file with --db NEW_FILE.</source>
        <translation>%1 Er is niets hersteld; herstel in een nieuw bestand met --db NIEUW_BESTAND.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../netplanner/cli/restore.py" line="+30"/>
        <source>%1 Nothing was restored.</source>
        <translation>%1 Er is niets hersteld.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored %1 into %2: %3 contacts, %4 conversations, %5 goals, %6 question banks, %7 follow-ups</source>
        <translation>%1 hersteld in %2: %3 contacten, %4 gesprekken, %5 doelen, %6 vragenbanken, %7 vervolgacties</translation>
    </message>
    <message>
        <location filename="../../netplanner/cli/listing.py" line="+24"/>
        <source>idea</source>
        <translation>idee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>asked</source>
        <translation>gevraagd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scheduled</source>
        <translation>gepland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held</source>
        <translation>gevoerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thanked</source>
        <translation>bedankt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>afgezegd</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 question</source>
        <translation>%1 vraag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 questions</source>
        <translation>%1 vragen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(inactive)</source>
        <translation>(niet actief)</translation>
    </message>
    <message>
        <location filename="../../netplanner/cli/restore.py" line="+8"/>
        <source>The data as it was is saved in %1</source>
        <translation>De gegevens zoals ze waren, zijn bewaard in %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored %1: %2 contacts, %3 conversations</source>
        <translation>%1 hersteld: %2 contacten, %3 gesprekken</translation>
    </message>
    <message>
        <location filename="../../netplanner/cli/review.py" line="+24"/>
        <source>Suggestion: %1</source>
        <translation>Suggestie: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Give the question to review, in quotes.</source>
        <translation>Geef de vraag die je wilt laten nakijken, tussen aanhalingstekens.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No problems found: this is an open question.</source>
        <translation>Geen problemen gevonden: dit is een open vraag.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give the ask to review, in quotes.</source>
        <translation>Geef je vraag om mee te denken, tussen aanhalingstekens.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No problems found: this ask is concrete and invites the other to think along.</source>
        <translation>Geen problemen gevonden: je vraag is concreet en nodigt de ander uit om mee te denken.</translation>
    </message>
    <message>
        <location filename="../../netplanner/cli/sheet.py" line="+46"/>
        <source>The prep sheet could not be made: %1</source>
        <translation>De gespreksvoorbereiding kon niet worden gemaakt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prep sheet written to %1</source>
        <translation>Gespreksvoorbereiding geschreven naar %1</translation>
    </message>
    <message>
        <location filename="../../netplanner/cli/sheets.py" line="+70"/>
        <source>The period ends before it starts: swap --from and --to.</source>
        <translation>De periode eindigt voordat ze begint: verwissel --from en --to.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No conversations planned from %1 to %2; nothing written.</source>
        <translation>Geen gesprekken gepland van %1 tot en met %2; er is niets geschreven.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The prep sheets could not be made: %1</source>
        <translation>De gespreksvoorbereidingen konden niet worden gemaakt: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 prep sheet written to %2</source>
        <translation>%1 gespreksvoorbereiding geschreven naar %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 prep sheets written to %2</source>
        <translation>%1 gespreksvoorbereidingen geschreven naar %2</translation>
    </message>
    <message>
        <location filename="../../netplanner/cli/suggest.py" line="+21"/>
        <source>People who do the work, for an informational conversation</source>
        <translation>Mensen die het werk doen, voor een informatiegesprek</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People who can think along with you</source>
        <translation>Mensen die met je kunnen meedenken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No one in your network matches this goal&apos;s role yet. Ask people to think along (--kind think_along) about who does this work.</source>
        <translation>Nog niemand in je netwerk past bij de functie van dit doel. Vraag mensen om mee te denken (--kind think_along) over wie dit werk doet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No one to ask to think along yet: note how you know people (&quot;how we know each other&quot;) or record your conversations.</source>
        <translation>Nog niemand om te vragen mee te denken: noteer hoe je mensen kent (“Hoe jullie elkaar kennen”) of leg je gesprekken vast.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>There is no active goal: mark one active in the Goals tab, or pass --goal ID (see `netplanner list goals`).</source>
        <translation>Er is geen actief doel: maak er een actief op het tabblad Doelen, of geef --goal ID mee (zie `netplanner list goals`).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Goal %1: %2</source>
        <translation>Doel %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (contact %2): %3 points</source>
        <translation>%1 (contact %2): %3 punten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of %2 people shown; -n %2 lists them all.</source>
        <translation>%1 van %2 mensen getoond; met -n %2 zie je ze allemaal.</translation>
    </message>
    <message>
        <location filename="../../netplanner/cli/today.py" line="+51"/>
        <source>Conversation with %1</source>
        <translation>Gesprek met %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approach %1 (via %2)</source>
        <translation>%1 benaderen (via %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approach %1</source>
        <translation>%1 benaderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send %1 a thank-you</source>
        <translation>Stuur %1 een bedankje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No reply from %1 yet: ask a second person to think along</source>
        <translation>Nog geen antwoord van %1: vraag een tweede persoon om mee te denken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow up once with %1</source>
        <translation>Stuur %1 één keer een herinnering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get back in touch with %1</source>
        <translation>Neem weer contact op met %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Today, %1</source>
        <translation>Vandaag, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing due.</source>
        <translation>Niets te doen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Names to approach (%1)</source>
        <translation>Namen om te benaderen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue (%1)</source>
        <translation>Over tijd (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today (%1)</source>
        <translation>Vandaag (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week (%1)</source>
        <translation>Deze week (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank-yous to send (%1)</source>
        <translation>Nog te bedanken (%1)</translation>
    </message>
</context>
<context>
    <name>CoachOverviewDialog</name>
    <message>
        <location filename="../../netplanner/gui/coach_overview.py" line="+42"/>
        <source>Coach overview</source>
        <translation>Coachoverzicht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held per week</source>
        <translation>Gevoerd per week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held in all</source>
        <translation>Gevoerd in totaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names gained</source>
        <translation>Namen gekregen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open follow-ups</source>
        <translation>Open vervolgacties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Over tijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last activity</source>
        <translation>Laatst actief</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No client shares their data with you yet.</source>
        <translation>Nog geen enkele cliënt deelt zijn of haar gegevens met je.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Clients who share their data with you, over the last %1 weeks: conversations held per week (oldest week first) and in all, the names those conversations gained, and their follow-ups. Clients who do not share are not listed.</source>
        <translation>Cliënten die hun gegevens met je delen, over de laatste %1 weken: gevoerde gesprekken per week (oudste week eerst) en in totaal, de namen die die gesprekken opleverden, en hun vervolgacties. Cliënten die niet delen staan er niet in.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Week of %1: %2</source>
        <translation>Week van %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>none yet</source>
        <translation>nog niets</translation>
    </message>
</context>
<context>
    <name>CoachSharing</name>
    <message>
        <location filename="../../netplanner/gui/coach_sharing.py" line="+85"/>
        <source>Sharing saved.</source>
        <translation>Delen opgeslagen.</translation>
    </message>
</context>
<context>
    <name>CoachSharingDialog</name>
    <message>
        <location line="-55"/>
        <source>Share with a coach</source>
        <translation>Delen met een coach</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A coach sees your data only while you share it, and changes it only if you allow that. Stopping works at once.</source>
        <translation>Een coach ziet je gegevens alleen zolang je ze deelt, en wijzigt ze alleen als je dat toestaat. Stoppen werkt meteen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Does not see my data</source>
        <translation>Ziet mijn gegevens niet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sees my data</source>
        <translation>Ziet mijn gegevens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sees and may change my data</source>
        <translation>Ziet mijn gegevens en mag ze wijzigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This practice has no coaches yet.</source>
        <translation>Deze praktijk heeft nog geen coaches.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../netplanner/gui/practice_connect.py" line="+86"/>
        <source>Connect to a practice server</source>
        <extracomment>The keyring&apos;s name for NetPlanner&apos;s passwords.</extracomment>
        <translation>Verbinden met een praktijkserver</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Remember the password in this computer&apos;s keyring</source>
        <translation>&amp;Onthoud het wachtwoord in de sleutelbos van deze computer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your coach or practice gave you these. Your data on the server is yours: only you, and a coach you allow, can see it.</source>
        <translation>Je coach of praktijk heeft je deze gegevens gegeven. Je gegevens op de server zijn van jou: alleen jij, en een coach die je toestemming geeft, kan ze zien.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login:</source>
        <translation>&amp;Inlognaam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <location filename="../../netplanner/gui/contacts/form.py" line="+90"/>
        <source>Required</source>
        <extracomment>The single-line text fields, in the order they appear. The lists of the form: (kind, the contact&apos;s own field, its kind field). &quot;Merge with…&quot; was clicked: merge another contact into the one shown. A link in the summary was clicked (&quot;contact:ID&quot;). The version of the contact as shown: a save over a newer one is refused.</extracomment>
        <translation>Verplicht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>name@example.com</source>
        <translation>naam@voorbeeld.nl</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>https://www.linkedin.com/in/…</source>
        <translation>https://www.linkedin.com/in/…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Separate tags with commas</source>
        <translation>Scheid tags met komma’s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where you met, what you share…</source>
        <translation>Waar jullie elkaar ontmoetten, wat jullie delen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Name:</source>
        <translation>N&amp;aam:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role (&amp;job title):</source>
        <translation>Functie (beroe&amp;p):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specia&amp;lism:</source>
        <translation>Specia&amp;lisme:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organ&amp;isation:</source>
        <translation>Organ&amp;isatie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secto&amp;r:</source>
        <translation>&amp;Sector:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region:</source>
        <translation>Regio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ph&amp;one:</source>
        <translation>Tele&amp;foon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lin&amp;kedIn URL:</source>
        <translation>LinkedIn-&amp;URL:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Introduced &amp;by:</source>
        <translation>Voorgesteld doo&amp;r:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How &amp;you know
each other:</source>
        <translation>Hoe &amp;jullie elkaar
kennen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note&amp;s:</source>
        <translation>Notiti&amp;es:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this contact (Ctrl+S)</source>
        <translation>Sla dit contact op (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo changes</source>
        <translation>Terug&amp;zetten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to what was last saved</source>
        <translation>Terug naar wat het laatst is opgeslagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this contact (you are asked first)</source>
        <translation>Verwijder dit contact (eerst wordt het je gevraagd)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge with…</source>
        <translation>Samenvoegen met…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone is in your contacts twice: merge them</source>
        <translation>Iemand staat twee keer in je contacten: voeg ze samen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the contact</source>
        <translation>Het contact opslaan</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>New contact</source>
        <translation>Nieuw contact</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>A contact needs a name before it can be saved.</source>
        <translation>Een contact heeft een naam nodig voordat het kan worden opgeslagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsaved changes.</source>
        <translation>Niet-opgeslagen wijzigingen.</translation>
    </message>
    <message>
        <location line="-277"/>
        <source>22-03-1980, or 22-03 without the year</source>
        <translation>22-03-1980, of 22-03 zonder het jaar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>+ Another e-mail address</source>
        <translation>+ Nog een e-mailadres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this e-mail address</source>
        <translation>Dit e-mailadres weghalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind of e-mail address</source>
        <translation>Soort e-mailadres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>+31 6 1234 5678</source>
        <translation>06 1234 5678</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ Another phone number</source>
        <translation>+ Nog een telefoonnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this phone number</source>
        <translation>Dit telefoonnummer weghalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone number</source>
        <translation>Telefoonnummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind of phone number</source>
        <translation>Soort telefoonnummer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ Another website</source>
        <translation>+ Nog een website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this website</source>
        <translation>Deze website weghalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind of website</source>
        <translation>Soort website</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nickname:</source>
        <translation>Bijnaam:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Website:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday:</source>
        <translation>Verjaardag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
</context>
<context>
    <name>ContactKinds</name>
    <message>
        <location filename="../../netplanner/gui/contacts/value_list.py" line="+36"/>
        <source>—</source>
        <extracomment>The kinds offered per list, in the order people pick them.</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>work</source>
        <translation>werk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>home</source>
        <translation>thuis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mobile</source>
        <translation>mobiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>anders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pager</source>
        <translation>pieper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>main</source>
        <translation>algemeen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>school</source>
        <translation>school</translation>
    </message>
</context>
<context>
    <name>ContactList</name>
    <message>
        <location filename="../../netplanner/gui/contacts/contact_list.py" line="+68"/>
        <source>Search contacts</source>
        <translation>Contacten zoeken</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add contact</source>
        <translation>Contact toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a new contact (Ctrl+N)</source>
        <translation>Voeg een nieuw contact toe (Ctrl+N)</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Search name, role, organisation, e-mail, phone, city, tags…</source>
        <extracomment>Share of the table&apos;s width each column gets until the user drags a column edge.</extracomment>
        <translation>Zoek op naam, functie, organisatie, e-mail, telefoon, plaats, tags…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Show everyone</source>
        <translation>Iedereen tonen</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <location filename="../../netplanner/gui/conversations/fields.py" line="+47"/>
        <source>Type part of a name…</source>
        <translation>Typ een deel van een naam…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ContactTexts</name>
    <message>
        <location filename="../../netplanner/gui/contacts/texts.py" line="+25"/>
        <source>No contacts yet</source>
        <extracomment>How many people a summary names before it says &quot;and N more&quot;.</extracomment>
        <translation>Nog geen contacten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%n contact</source>
        <translation>%n contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n contacts</source>
        <translation>%n contacten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No matches among %n contact</source>
        <translation>Geen treffers onder %n contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No matches among %n contacts</source>
        <translation>Geen treffers onder %n contacten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %n contact</source>
        <translation>%1 van %n contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %n contacts</source>
        <translation>%1 van %n contacten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete %1?</source>
        <translation>%1 verwijderen?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%n conversation with %1 will be deleted too, with its questions, answers and notes.</source>
        <translation>%n gesprek met %1 wordt ook verwijderd, met de vragen, antwoorden en notities.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%n conversations with %1 will be deleted too, with their questions, answers and notes.</source>
        <translation>%n gesprekken met %1 worden ook verwijderd, met de vragen, antwoorden en notities.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%n follow-up about %1 will be deleted too.</source>
        <translation>%n vervolgactie over %1 wordt ook verwijderd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%n follow-ups about %1 will be deleted too.</source>
        <translation>%n vervolgacties over %1 worden ook verwijderd.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%n person introduced by %1 stays in your contacts, without an introducer.</source>
        <translation>%n persoon die door %1 is voorgesteld, blijft in je contacten; bij “Voorgesteld door” staat dan niemand.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%n people introduced by %1 stay in your contacts, without an introducer.</source>
        <translation>%n mensen die door %1 zijn voorgesteld, blijven in je contacten; bij “Voorgesteld door” staat dan niemand.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing else is deleted with it.</source>
        <translation>Verder wordt er niets mee verwijderd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You can undo this with %1.</source>
        <translation>Je kunt dit ongedaan maken met %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1th degree</source>
        <translation>%1e graad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1st degree</source>
        <translation>%1e graad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1nd degree</source>
        <translation>%1e graad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1rd degree</source>
        <translation>%1e graad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You</source>
        <translation>Jij</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Introduced by %1.</source>
        <translation>Voorgesteld door %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You know them yourself: nobody introduced them.</source>
        <translation>Je kent deze persoon zelf: niemand heeft jullie voorgesteld.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 and %n other</source>
        <translation>%1 en %n ander</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 and %n others</source>
        <translation>%1 en %n anderen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Introduced you to %1.</source>
        <translation>Heeft je voorgesteld aan %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%n conversation</source>
        <translation>%n gesprek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n conversations</source>
        <translation>%n gesprekken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No conversations yet</source>
        <translation>Nog geen gesprekken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%n follow-up</source>
        <translation>%n vervolgactie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n follow-ups</source>
        <translation>%n vervolgacties</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported from LinkedIn.</source>
        <translation>Geïmporteerd uit LinkedIn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported from a vCard file.</source>
        <translation>Geïmporteerd uit een vCard-bestand.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported from a CSV file.</source>
        <translation>Geïmporteerd uit een csv-bestand.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Part of the example network.</source>
        <translation>Hoort bij het voorbeeldnetwerk.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Showing the %n person the import just brought in or completed.</source>
        <translation>Je ziet de %n persoon die de import net heeft toegevoegd of aangevuld.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing the %n people the import just brought in or completed.</source>
        <translation>Je ziet de %n mensen die de import net heeft toegevoegd of aangevuld.</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../netplanner/gui/contacts/tab.py" line="+210"/>
        <location line="+24"/>
        <source>Contact not saved</source>
        <translation>Contact niet opgeslagen</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>There is no contact called “%1”. Pick someone from the list under “Introduced by”, or leave it empty.</source>
        <translation>Er is geen contact met de naam “%1”. Kies iemand uit de lijst bij “Voorgesteld door”, of laat het leeg.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add %1</source>
        <translation>%1 toevoegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Delete contact</source>
        <translation>Contact verwijderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact not deleted</source>
        <translation>Contact niet verwijderd</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Save the changes to %1 first?</source>
        <translation>Eerst de wijzigingen in %1 opslaan?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the new contact first?</source>
        <translation>Eerst het nieuwe contact opslaan?</translation>
    </message>
    <message>
        <location line="-245"/>
        <source>Contacts</source>
        <extracomment>Lines read before the table first paints, when the list opens in its usual order: more than the tallest screen shows. The rest are read right after that paint.</extracomment>
        <translation>Contacten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the contact</source>
        <translation>Verwijder het contact</translation>
    </message>
</context>
<context>
    <name>ContactsTableModel</name>
    <message>
        <location filename="../../netplanner/gui/contacts/table_model.py" line="+354"/>
        <source>Name</source>
        <extracomment>Role holding the contact id of a row. Only these contacts are shown (the people of an import), or everyone (None).</extracomment>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialism</source>
        <translation>Specialisme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Introduced by</source>
        <translation>Voorgesteld door</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>ConversationForm</name>
    <message>
        <location filename="../../netplanner/gui/conversations/plan_fields.py" line="+20"/>
        <source>Ask someone for names, organisations and routes</source>
        <translation>Vraag iemand om namen, organisaties en routes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Talk with someone who does the work you want, to learn what it involves</source>
        <translation>Praat met iemand die het werk doet dat jij wilt doen, om te leren wat het inhoudt</translation>
    </message>
    <message>
        <location line="+32"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>niet ingevuld</translation>
    </message>
    <message>
        <location filename="../../netplanner/gui/conversations/form.py" line="+86"/>
        <source>An address, a café, or a video call link</source>
        <extracomment>Start conversation mode for the conversation shown. The version of the conversation as shown: a save over a newer one is refused.</extracomment>
        <translation>Een adres, een café of een link voor een videogesprek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What do you want to get out of it?</source>
        <translation>Wat wil je eruit halen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your preparation: what you know about them, what to mention</source>
        <translation>Je voorbereiding: wat je van de ander weet, wat je wilt noemen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What came of it: names, advice, what to do next</source>
        <translation>Wat het opleverde: namen, adviezen, wat je nu gaat doen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cont&amp;act:</source>
        <translation>Con&amp;tact:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goa&amp;l:</source>
        <translation>Doe&amp;l:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date and time:</source>
        <translation>Datum en ti&amp;jd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration:</source>
        <translation>Duur:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place or &amp;medium:</source>
        <translation>Plaats o&amp;f medium:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pu&amp;rpose:</source>
        <translation>B&amp;edoeling:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>Not&amp;ities:</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Plan</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Outcome:</source>
        <translation>O&amp;pbrengst:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Afterwards</source>
        <translation>Achteraf</translation>
    </message>
    <message>
        <location filename="../../netplanner/gui/conversations/form_buttons.py" line="+21"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this conversation (Ctrl+S)</source>
        <translation>Sla dit gesprek op (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export prep sheet…</source>
        <translation>Gespreksvoorbereiding exporteren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record names &amp;you got…</source>
        <translation>Gekregen na&amp;men noteren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the people this contact told you about, linked to them and this talk</source>
        <translation>Voeg de mensen toe over wie dit contact je vertelde, gekoppeld aan dit contact en dit gesprek</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save a printable PDF to take with you (Ctrl+P)</source>
        <translation>Sla een pdf op om af te drukken en mee te nemen (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the prep sheet in your PDF viewer to print it (Ctrl+Shift+P)</source>
        <translation>Open de gespreksvoorbereiding in je pdf-viewer om hem af te drukken (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Form messages</source>
        <translation>Meldingen van het formulier</translation>
    </message>
    <message>
        <location filename="../../netplanner/gui/conversations/form.py" line="+39"/>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the conversation</source>
        <translation>Het gesprek opslaan</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>— no goal —</source>
        <translation>— geen doel —</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>New conversation</source>
        <translation>Nieuw gesprek</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conversation with %1</source>
        <translation>Gesprek met %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (not saved yet)</source>
        <translation>%1 (nog niet opgeslagen)</translation>
    </message>
    <message>
        <location filename="../../netplanner/gui/conversations/form_buttons.py" line="-18"/>
        <source>Start conversation</source>
        <translation>Gesprek starten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A calm window for during the conversation: one question at a time</source>
        <translation>Een rustig venster voor tijdens het gesprek: één vraag tegelijk</translation>
    </message>
    <message>
        <location filename="../../netplanner/gui/conversations/form.py" line="-187"/>
        <source>date not fixed yet</source>
        <translation>datum nog niet vast</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <location filename="../../netplanner/gui/conversations/list_panel.py" line="+73"/>
        <source>All</source>
        <extracomment>The user made another conversation current (by click or keyboard). Search the answers for these words (emitted a moment after typing stops). The user opened a found answer: (conversation id, question text).</extracomment>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upcoming</source>
        <translation>Nog te voeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held and after</source>
        <translation>Gevoerd en verder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Idea, asked or scheduled</source>
        <translation>Idee, gevraagd of gepland</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Held, thanked or closed</source>
        <translation>Gevoerd, bedankt of afgerond</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact or place</source>
        <translation>Contact of plaats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show:</source>
        <translation>Toon:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search:</source>
        <translation>Zoeken:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search answers…</source>
        <translation>Antwoorden zoeken…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search answers</source>
        <translation>Antwoorden zoeken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find what people told you: words from the answers (or their questions) in every conversation (Ctrl+Shift+F). Down arrow goes to the results, Escape clears.</source>
        <translation>Vind terug wat mensen je vertelden: woorden uit de antwoorden (of hun vragen) in alle gesprekken (Ctrl+Shift+F). Pijl omlaag gaat naar de resultaten, Escape maakt leeg.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answers:</source>
        <translation>Antwoorden:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Plan conversation</source>
        <translation>Gesprek plannen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan a new conversation (Ctrl+N)</source>
        <translation>Plan een nieuw gesprek (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of conversations</source>
        <translation>Aantal gesprekken</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Informational</source>
        <translation>Informatiegesprek</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No answer has all of these words. Answers are noted per question, in the conversation form.</source>
        <translation>Geen antwoord bevat al deze woorden. Antwoorden noteer je per vraag, in het gespreksformulier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The newest %1 answers found: add a word to narrow it down.</source>
        <translation>De nieuwste %1 gevonden antwoorden: voeg een woord toe om te verfijnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No answers found</source>
        <translation>Geen antwoorden gevonden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 answer found</source>
        <translation>1 antwoord gevonden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answers found</source>
        <translation>%1 antwoorden gevonden</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No conversations yet.</source>
        <translation>Nog geen gesprekken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 conversation</source>
        <translation>1 gesprek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 conversations</source>
        <translation>%1 gesprekken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 shown</source>
        <translation>%1 van %2 getoond</translation>
    </message>
</context>
<context>
    <name>ConversationMode</name>
    <message>
        <location filename="../../netplanner/gui/live/layout.py" line="+78"/>
        <source>via %1</source>
        <translation>via %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>for your goal: %1</source>
        <translation>voor je doel: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Time left</source>
        <translation>Resterende tijd</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped. Go back to it whenever it fits.</source>
        <translation>Overgeslagen. Ga er terug naar wanneer het past.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time sign</source>
        <translation>Tijdsignaal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminder</source>
        <translation>Herinnering</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>← Previous</source>
        <translation>← Vorige</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The previous question (Alt+Left)</source>
        <translation>De vorige vraag (Alt+Links)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next →</source>
        <translation>Volgende →</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next question (Ctrl+Enter or Alt+Right)</source>
        <translation>De volgende vraag (Ctrl+Enter of Alt+Rechts)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask this question later in the conversation (Ctrl+L)</source>
        <translation>Stel deze vraag later in het gesprek (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave this question out and go on (Ctrl+K)</source>
        <translation>Sla deze vraag over en ga verder (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End conversation…</source>
        <translation>Gesprek afronden…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark the conversation held and note the names (Ctrl+E)</source>
        <translation>Markeer het gesprek als gevoerd en noteer de namen (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>e.g. Send my portfolio; she asks Tom about me</source>
        <translation>bijv. Mijn portfolio sturen; zij vraagt Tom naar mij</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How did it go? What comes ne&amp;xt?</source>
        <translation>Hoe ging het? Wat is de volgende &amp;stap?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Mark held</source>
        <translation>Als gevoerd &amp;markeren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The conversation took place now; then note the names you got</source>
        <translation>Het gesprek vond nu plaats; noteer daarna de namen die je kreeg</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go on</source>
        <translation>&amp;Ga verder</translation>
    </message>
</context>
<context>
    <name>ConversationModeWindow</name>
    <message>
        <location filename="../../netplanner/gui/live/window.py" line="+95"/>
        <source>Notes in the conversation with %1</source>
        <extracomment>How often the time shown is brought up to date (ms). The conversation was marked held (its id); the names noted go to *Record names*. The window was closed (ended or not).</extracomment>
        <translation>Aantekeningen in het gesprek met %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conversation with %1</source>
        <translation>Gesprek met %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Conversation mode</source>
        <translation>Gespreksmodus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next question</source>
        <translation>Volgende vraag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous question</source>
        <translation>Vorige vraag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask this question later</source>
        <translation>Deze vraag later stellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip this question</source>
        <translation>Deze vraag overslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note a name they mention</source>
        <translation>Een genoemde naam noteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a question</source>
        <translation>Een vraag toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the conversation</source>
        <translation>Het gesprek afronden</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Small talk: how do you both know %1?</source>
        <translation>Kennismaken: hoe kennen jullie %1?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A little small talk to begin with</source>
        <translation>Begin met een praatje</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Small talk</source>
        <translation>Kennismaken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your questions</source>
        <translation>Je vragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next steps</source>
        <translation>Vervolgstappen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Notes on the small talk; they go in the conversation&apos;s notes.</source>
        <translation>Aantekeningen bij de kennismaking; ze komen bij de notities van het gesprek.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their answer, in a few words. It is kept as you type.</source>
        <translation>Hun antwoord, in een paar woorden. Het wordt bewaard terwijl je typt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · %2 of %3</source>
        <translation>%1 · %2 van %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 min left</source>
        <translation>nog %1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min over the planned time</source>
        <translation>%1 min over de geplande tijd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · %2 min</source>
        <translation>%1 · %2 min</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2 min over its share of the time. Move on when it suits you.</source>
        <translation>%1: %2 min over de tijd voor dit deel. Ga verder wanneer het je uitkomt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Time is nearly up. Before you end, ask: “%1”</source>
        <translation>De tijd is bijna om. Vraag voor je afrondt: “%1”</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>End the conversation with %1</source>
        <translation>Gesprek met %1 afronden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not ended</source>
        <translation>Niet afgerond</translation>
    </message>
</context>
<context>
    <name>ConversationTableModel</name>
    <message>
        <location filename="../../netplanner/gui/conversations/table_model.py" line="+64"/>
        <source>not planned yet</source>
        <extracomment>Role holding the conversation id of a row. Filter keys besides the single statuses.</extracomment>
        <translation>nog niet gepland</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
</context>
<context>
    <name>ConversationsTab</name>
    <message>
        <location filename="../../netplanner/gui/conversations/tab.py" line="+145"/>
        <source>Export prep sheet</source>
        <translation>Gespreksvoorbereiding exporteren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Prep sheet saved to %1</source>
        <translation>Gespreksvoorbereiding opgeslagen in %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print prep sheet</source>
        <translation>Gespreksvoorbereiding afdrukken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The prep sheet is open in your PDF viewer: print it from there.</source>
        <translation>De gespreksvoorbereiding staat open in je pdf-viewer: druk hem daar af.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select a conversation first, or plan one and choose its contact.</source>
        <translation>Selecteer eerst een gesprek, of plan er een en kies het contact.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the contact from the list: type part of their name and pick them. Add new people in the Contacts tab first.</source>
        <translation>Kies het contact uit de lijst: typ een deel van de naam en kies de persoon. Nieuwe mensen voeg je eerst toe op het tabblad Contacten.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Plan conversation</source>
        <translation>Gesprek plannen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save conversation</source>
        <translation>Gesprek opslaan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Its question and the answer you noted go with it, and so do its notes and outcome.</source>
        <translation>De vraag en het antwoord dat je noteerde gaan mee, net als de notities en de opbrengst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its %1 questions and the answers you noted go with it, and so do its notes and outcome.</source>
        <translation>De %1 vragen en de antwoorden die je noteerde gaan mee, net als de notities en de opbrengst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete conversation</source>
        <translation>Gesprek verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the conversation with %1?</source>
        <translation>Het gesprek met %1 verwijderen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete conversation with %1</source>
        <translation>Gesprek met %1 verwijderen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conversation deleted.</source>
        <translation>Gesprek verwijderd.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The conversation shown here was deleted.</source>
        <translation>Het gesprek dat hier stond is verwijderd.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>You changed this conversation. Save the changes first?</source>
        <translation>Je hebt dit gesprek gewijzigd. Eerst de wijzigingen opslaan?</translation>
    </message>
    <message>
        <location line="-302"/>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the conversation</source>
        <translation>Verwijder het gesprek</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Not saved: conversation mode has it open.</source>
        <translation>Niet opgeslagen: het gesprek is open in de gespreksmodus.</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>You typed the question “%1” but did not add it to this conversation. Add it and save the conversation?</source>
        <translation>Je hebt de vraag “%1” getypt, maar nog niet aan dit gesprek toegevoegd. Wil je hem toevoegen en het gesprek opslaan?</translation>
    </message>
    <message>
        <location line="-231"/>
        <source>Prep sheet saved as %1</source>
        <translation>Gespreksvoorbereiding opgeslagen als %1</translation>
    </message>
</context>
<context>
    <name>DataFiles</name>
    <message>
        <location filename="../../netplanner/gui/data_files.py" line="+60"/>
        <source>New &amp;data file…</source>
        <translation>Nieuw &amp;gegevensbestand…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new, empty data file and work in it</source>
        <translation>Begin een nieuw, leeg gegevensbestand en werk daarin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open data file…</source>
        <translation>Gegevensbestand &amp;openen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work in another data file</source>
        <translation>Werk in een ander gegevensbestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open re&amp;cent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>network</source>
        <extracomment>The name suggested for a new data file, without extension (&quot;.sqlite3&quot;).</extracomment>
        <translation>netwerk</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>New data file</source>
        <translation>Nieuw gegevensbestand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already exists. NetPlanner never overwrites a data file: open it, or choose another name.</source>
        <translation>%1 bestaat al. NetPlanner overschrijft nooit een gegevensbestand: open het, of kies een andere naam.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open it</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../netplanner/gui/opening.py" line="-12"/>
        <source>Open data file</source>
        <translation>Gegevensbestand openen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No other data files opened yet</source>
        <translation>Nog geen andere gegevensbestanden geopend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear list</source>
        <translation>Lijst &amp;wissen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is already open.</source>
        <translation>%1 is al geopend.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Opened %1</source>
        <translation>%1 geopend</translation>
    </message>
    <message>
        <location filename="../../netplanner/gui/opening.py" line="-88"/>
        <source>NetPlanner data files (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>NetPlanner-gegevensbestanden (*.sqlite3 *.sqlite *.db);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>DataTrouble</name>
    <message>
        <location filename="../../netplanner/gui/data_trouble.py" line="+170"/>
        <source>Another program is using the data file; close it and try again.</source>
        <translation>Een ander programma gebruikt het gegevensbestand; sluit dat en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk with the data file is full; free some space and try again.</source>
        <translation>De schijf met het gegevensbestand is vol; maak wat ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NetPlanner may not write to the data file (it, its folder or the disk is read-only); allow it and try again.</source>
        <translation>NetPlanner mag niet in het gegevensbestand schrijven (het bestand, de map of de schijf is alleen-lezen); sta het toe en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The disk with the data file reported an error; try again, and if it keeps failing, check the disk.</source>
        <translation>De schijf met het gegevensbestand meldde een fout; probeer het opnieuw, en laat de schijf nakijken als het blijft misgaan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The data file cannot be found or opened any more (was its disk removed?); put it back and try again.</source>
        <translation>Het gegevensbestand is niet meer te vinden of te openen (is de schijf losgekoppeld?); zet het terug en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The data file is damaged (%1). Quit NetPlanner and start it again: it will offer to restore the newest good backup.</source>
        <translation>Het gegevensbestand is beschadigd (%1). Sluit NetPlanner af en start het opnieuw: je krijgt dan de nieuwste goede back-up aangeboden om terug te zetten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The data file could not be used (%1).</source>
        <translation>Het gegevensbestand kon niet gebruikt worden (%1).</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>The practice server cannot be used just now (%1). Nothing was changed; try again.</source>
        <translation>De praktijkserver is nu niet te gebruiken (%1). Er is niets veranderd; probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>DuplicatesModel</name>
    <message>
        <location filename="../../netplanner/gui/transfer/import_models.py" line="+145"/>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Merge with %1</source>
        <translation>Samenvoegen met %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ticked: the row updates %1. Not ticked: the row becomes a new contact.</source>
        <translation>Aangevinkt: de rij werkt %1 bij. Niet aangevinkt: de rij wordt een nieuw contact.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>In the file</source>
        <translation>In het bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it looks alike</source>
        <translation>Waarom het erop lijkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do</source>
        <translation>Wat te doen</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Ticked: imported. Not ticked: this row is left out.</source>
        <translation>Aangevinkt: wordt geïmporteerd. Niet aangevinkt: deze rij wordt weggelaten.</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../netplanner/gui/unexpected.py" line="+110"/>
        <source>Problem with the data file</source>
        <translation>Probleem met het gegevensbestand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong that NetPlanner did not expect. What you saved is safe; what you are typing is still there. If the window behaves oddly, quit and start NetPlanner again.</source>
        <translation>Er ging iets mis waar NetPlanner niet op rekende. Wat je hebt opgeslagen is veilig, en wat je aan het typen bent staat er nog. Doet het venster vreemd, sluit NetPlanner dan af en start het opnieuw.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 more errors followed; they are in the log.</source>
        <translation>Daarna volgden nog %1 fouten; die staan in het logboek.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Log: %1</source>
        <translation>Logboek: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep working</source>
        <translation>Verder werken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit NetPlanner</source>
        <translation>NetPlanner afsluiten</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <location filename="../../netplanner/gui/progress/funnel_chart.py" line="+35"/>
        <source>%1  ·  %2%</source>
        <translation>%1  ·  %2%</translation>
    </message>
</context>
<context>
    <name>GoalForm</name>
    <message>
        <location filename="../../netplanner/gui/goals/goal_form.py" line="+66"/>
        <source>e.g. UX researcher</source>
        <extracomment>The single-line fields, in the order they appear (GoalInput attribute names). Any field changed (typing included): the ask composer follows along. The version of the goal as shown: a save over a newer one is refused.</extracomment>
        <translation>bijv. UX-onderzoeker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. healthcare apps</source>
        <translation>bijv. zorgapps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Utrecht</source>
        <translation>bijv. Utrecht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. mid-sized healthcare organisations</source>
        <translation>bijv. middelgrote zorgorganisaties</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Optional: the ask in your own words, used when role and specialism are empty</source>
        <translation>Optioneel: je vraag in je eigen woorden, gebruikt als functie en specialisme leeg zijn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Active: I am working on this &amp;now</source>
        <translation>Actief: hier werk &amp;ik nu aan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Target &amp;role:</source>
        <translation>Gewenste &amp;functie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Specialism:</source>
        <translation>Specia&amp;lisme:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reg&amp;ion:</source>
        <translation>&amp;Regio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind of organisation:</source>
        <translation>&amp;Soort organisatie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In &amp;your own words:</source>
        <translation>In je &amp;eigen woorden:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language of the ask:</source>
        <translation>&amp;Taal van je vraag:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save goal</source>
        <translation>Doel opslaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this goal (Ctrl+S)</source>
        <translation>Sla dit doel op (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo changes</source>
        <translation>Terug&amp;zetten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to what was last saved</source>
        <translation>Terug naar wat het laatst is opgeslagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>Verwi&amp;jderen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this goal (you are asked first)</source>
        <translation>Verwijder dit doel (eerst wordt het je gevraagd)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the goal</source>
        <translation>Het doel opslaan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New goal</source>
        <translation>Nieuw doel</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>A goal needs a target role, or the ask in your own words.</source>
        <translation>Een doel heeft een gewenste functie nodig, of je vraag in je eigen woorden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsaved changes.</source>
        <translation>Niet-opgeslagen wijzigingen.</translation>
    </message>
</context>
<context>
    <name>GoalListModel</name>
    <message>
        <location filename="../../netplanner/gui/goals/goal_list_model.py" line="+97"/>
        <source>%1 (on hold)</source>
        <translation>%1 (gepauzeerd)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Active goal</source>
        <translation>Actief doel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On hold: not active now</source>
        <translation>Gepauzeerd: nu niet actief</translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <location filename="../../netplanner/gui/goals/tab.py" line="+58"/>
        <source>Say concretely what you are looking for: a role with its specialism, and if you can a region and a kind of organisation, never just “a job” or “anything in communications”. Then ask people one by one, by name, to think along with you about who does that work, and whom you could talk to.</source>
        <translation>Zeg concreet wat je zoekt: een functie met het specialisme erbij, en als het kan een regio en een soort organisatie; nooit alleen “een baan” of “iets in de communicatie”. Vraag mensen daarna één voor één, bij naam, om met je mee te denken: wie doet dat werk, en met wie zou je kunnen praten?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New goal</source>
        <translation>Nieuw doel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new goal (Ctrl+N)</source>
        <translation>Begin een nieuw doel (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <location line="+43"/>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Your goals:</source>
        <translation>Je doelen:</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>%n goal</source>
        <translation>%n doel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n goals</source>
        <translation>%n doelen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No goals yet: describe what you are looking for.</source>
        <translation>Nog geen doelen: beschrijf wat je zoekt.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Save goal</source>
        <translation>Doel opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal not saved</source>
        <translation>Doel niet opgeslagen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%n conversation is linked to this goal. It stays, but without a goal.</source>
        <translation>%n gesprek is aan dit doel gekoppeld. Het blijft bestaan, maar zonder doel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n conversations are linked to this goal. They stay, but without a goal.</source>
        <translation>%n gesprekken zijn aan dit doel gekoppeld. Ze blijven bestaan, maar zonder doel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No conversations are linked to this goal.</source>
        <translation>Er zijn geen gesprekken aan dit doel gekoppeld.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>Delete goal</source>
        <translation>Doel verwijderen</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Delete the goal “%1”?</source>
        <translation>Het doel “%1” verwijderen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Goal not deleted</source>
        <translation>Doel niet verwijderd</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save the changes to the goal “%1” first?</source>
        <translation>Eerst de wijzigingen in het doel “%1” opslaan?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the new goal first?</source>
        <translation>Eerst het nieuwe doel opslaan?</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Goal and ask</source>
        <translation>Doel en vraag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who to ask next</source>
        <translation>Wie vraag je nu?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Goal pages</source>
        <translation>Pagina&apos;s van het doel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who to ask next for this goal</source>
        <translation>Wie je voor dit doel nu kunt vragen</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Planned: %1 is asked. Send them this message.</source>
        <translation>Gepland: %1 is gevraagd. Stuur dit bericht.</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Delete the goal</source>
        <translation>Verwijder het doel</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../../netplanner/gui/transfer/import_flow.py" line="+72"/>
        <source>LinkedIn connections</source>
        <extracomment>The ids of the contacts an import created or completed (the window shows them). The dialogs of the last import (for tests and screenshots).</extracomment>
        <translation>LinkedIn-connecties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard file</source>
        <translation>vCard-bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheet (CSV)</source>
        <translation>Spreadsheet (csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>LinkedIn export (Connections.csv *.csv);;All files (*)</source>
        <translation>LinkedIn-export (Connections.csv *.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation>vCard-bestanden (*.vcf *.vcard);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets (*.csv *.txt);;All files (*)</source>
        <translation>Spreadsheets (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import %1</source>
        <translation>%1 importeren</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+88"/>
        <source>Not imported</source>
        <translation>Niet geïmporteerd</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Could not read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Importing %1…</source>
        <translation>%1 importeren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import %n contact</source>
        <translation>%n contact importeren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import %n contacts</source>
        <translation>%n contacten importeren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import cancelled</source>
        <translation>Importeren geannuleerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>Het importeren is geannuleerd. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import done</source>
        <translation>Importeren klaar</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../netplanner/gui/transfer/import_dialog.py" line="+75"/>
        <source>Import: %1</source>
        <extracomment>The result of the dialog when the user wants to choose the columns again. row, name, role, organisation, e-mail, phone column (or vCard property), what it fills, its kind, rows with a value Whether &quot;Choose columns…&quot; is offered (spreadsheets). What the user should know about the whole file (read as Windows-1252, …).</extracomment>
        <translation>Importeren: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What importing “%1” will do</source>
        <translation>Wat het importeren van “%1” doet</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Card</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Likely duplicates</source>
        <translation>Waarschijnlijk dubbel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>These rows look like someone you already have. Tick “Merge with …” to update that contact from the row; leave it unticked to add the row as a new contact.</source>
        <translation>Deze rijen lijken op iemand die je al hebt. Vink “Samenvoegen met …” aan om dat contact bij te werken vanuit de rij; laat het uit om de rij als nieuw contact toe te voegen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merge &amp;all</source>
        <translation>Alles samen&amp;voegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge &amp;none</source>
        <translation>&amp;Niets samenvoegen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Why it is left out</source>
        <translation>Waarom het wordt weggelaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why it is skipped</source>
        <translation>Waarom het wordt overgeslagen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the file adds</source>
        <translation>Wat het bestand toevoegt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rejected rows</source>
        <translation>Afgewezen rijen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped rows</source>
        <translation>Overgeslagen rijen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New contacts</source>
        <translation>Nieuwe contacten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts that are completed</source>
        <translation>Contacten die worden aangevuld</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Look like someone you have (%1)</source>
        <translation>&amp;Lijkt op iemand die je hebt (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rejected (%1)</source>
        <translation>&amp;Afgewezen (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ne&amp;w (%1)</source>
        <translation>Nie&amp;uw (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Completed (%1)</source>
        <translation>Aan&amp;gevuld (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;kipped (%1)</source>
        <translation>&amp;Overgeslagen (%1)</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>There is nothing in this file to add to your contacts.</source>
        <translation>Er staat niets in dit bestand om aan je contacten toe te voegen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+234"/>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>new contact will be created</source>
        <translation>nieuw contact wordt aangemaakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new contacts will be created</source>
        <translation>nieuwe contacten worden aangemaakt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contact you already have will be completed with what the file adds</source>
        <translation>contact dat je al hebt, wordt aangevuld met wat het bestand toevoegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contacts you already have will be completed with what the file adds</source>
        <translation>contacten die je al hebt, worden aangevuld met wat het bestand toevoegt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rejected: it cannot become a contact (see why below)</source>
        <translation>afgewezen: kan geen contact worden (zie hieronder waarom)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected: they cannot become contacts (see why below)</source>
        <translation>afgewezen: kunnen geen contact worden (zie hieronder waarom)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Import %n contact</source>
        <translation>%n contact &amp;importeren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Import %n contacts</source>
        <translation>%n contacten &amp;importeren</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>C&amp;hoose columns…</source>
        <translation>Kolommen &amp;bepalen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say again what each column holds</source>
        <translation>Opnieuw aangeven wat elke kolom bevat</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>What could not be read</source>
        <translation>Wat niet gelezen kon worden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Property</source>
        <translation>Eigenschap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column in the file</source>
        <translation>Kolom in het bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used for</source>
        <translation>Gebruikt voor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cards with a value</source>
        <translation>Kaarten met een waarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows with a value</source>
        <translation>Rijen met een waarde</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rows read in part</source>
        <translation>Deels gelezen rijen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Columns of the file</source>
        <translation>Kolommen van het bestand</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Untick a row to leave it out of the import.</source>
        <translation>Vink een rij uit om die niet te importeren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rea&amp;d in part (%1)</source>
        <translation>&amp;Deels gelezen (%1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pro&amp;perties (%1)</source>
        <translation>&amp;Eigenschappen (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colu&amp;mns (%1)</source>
        <translation>&amp;Kolommen (%1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>vCard properties used: %1; left out: %2 (see Properties).</source>
        <translation>Gebruikte vCard-eigenschappen: %1; weggelaten: %2 (zie Eigenschappen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recognised as an export of %3. Columns used: %1; left out: %2 (see Columns).</source>
        <translation>Herkend als export van %3. Gebruikte kolommen: %1; weggelaten: %2 (zie Kolommen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Columns used: %1; left out: %2 (see Columns).</source>
        <translation>Gebruikte kolommen: %1; weggelaten: %2 (zie Kolommen).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>skipped: %1 twice in the file, %2 already in your contacts with nothing new</source>
        <translation>overgeslagen: %1 dubbel in het bestand, %2 al in je contacten zonder iets nieuws</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+1"/>
        <source>left out by you (unticked)</source>
        <translation>door jou weggelaten (uitgevinkt)</translation>
    </message>
    <message>
        <location filename="../../netplanner/gui/transfer/import_pages.py" line="+54"/>
        <source>Tick all</source>
        <translation>Alles aanvinken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untick all</source>
        <translation>Alles uitvinken</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <location filename="../../netplanner/gui/transfer/import_progress.py" line="+23"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing</source>
        <translation>Bezig met importeren</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <location filename="../../netplanner/gui/transfer/readers.py" line="+178"/>
        <source>%n new contact was added from %1.</source>
        <translation>%n nieuw contact is toegevoegd uit %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n new contacts were added from %1.</source>
        <translation>%n nieuwe contacten zijn toegevoegd uit %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%n contact you already had was completed.</source>
        <translation>%n contact dat je al had, is aangevuld.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%n contacts you already had were completed.</source>
        <translation>%n contacten die je al had, zijn aangevuld.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%n row was merged into a contact you already had.</source>
        <translation>%n rij is samengevoegd met een contact dat je al had.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%n rows were merged into contacts you already had.</source>
        <translation>%n rijen zijn samengevoegd met contacten die je al had.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%n introduction was filled in.</source>
        <translation>%n introductie is ingevuld.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n introductions were filled in.</source>
        <translation>%n introducties zijn ingevuld.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%n row was left out.</source>
        <translation>%n rij is weggelaten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n rows were left out.</source>
        <translation>%n rijen zijn weggelaten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You can undo the import with Edit ▸ Undo.</source>
        <translation>Je kunt het importeren ongedaan maken met Bewerken ▸ Ongedaan maken.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>%n row was skipped: that person is already in your contacts, and the row adds nothing new.</source>
        <translation>%n rij is overgeslagen: die persoon staat al in je contacten en de rij voegt niets nieuws toe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%n rows were skipped: those people are already in your contacts, and the rows add nothing new.</source>
        <translation>%n rijen zijn overgeslagen: die mensen staan al in je contacten en de rijen voegen niets nieuws toe.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%n row was taken together with an earlier row of the same person in the file.</source>
        <translation>%n rij is samengenomen met een eerdere rij van dezelfde persoon in het bestand.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%n rows were taken together with earlier rows of the same people in the file.</source>
        <translation>%n rijen zijn samengenomen met eerdere rijen van dezelfde mensen in het bestand.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%n row you unticked was left out.</source>
        <translation>%n rij die je uitvinkte is weggelaten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n rows you unticked were left out.</source>
        <translation>%n rijen die je uitvinkte zijn weggelaten.</translation>
    </message>
</context>
<context>
    <name>IntroducerListModel</name>
    <message>
        <location filename="../../netplanner/gui/contacts/introducer_combo.py" line="+84"/>
        <source>— nobody, I know them myself —</source>
        <translation>— niemand, ik ken deze persoon zelf —</translation>
    </message>
</context>
<context>
    <name>ItemActions</name>
    <message>
        <location filename="../../netplanner/gui/today/rows.py" line="+62"/>
        <location line="+39"/>
        <source>Open</source>
        <extracomment>Rows shown before &quot;Show all N&quot;; a section with hundreds of rows is not &quot;at a glance&quot;. Snooze choices: days.</extracomment>
        <translation>Openen</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+39"/>
        <source>Open: %1</source>
        <translation>Openen: %1</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+13"/>
        <location line="+31"/>
        <source>Snooze</source>
        <translation>Uitstellen</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+20"/>
        <source>Dismiss</source>
        <translation>Negeren</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done: %1</source>
        <translation>Gedaan: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I sent it: the conversation is marked thanked</source>
        <translation>Verstuurd: het gesprek wordt gemarkeerd als bedankt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Snooze: %1</source>
        <translation>Uitstellen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until tomorrow</source>
        <translation>Tot morgen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For 3 days</source>
        <translation>3 dagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For a week</source>
        <translation>Een week</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dismiss: %1</source>
        <translation>Negeren: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not needed: hide this suggestion for good</source>
        <translation>Niet nodig: deze suggestie voorgoed verbergen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open the conversation planned with them</source>
        <translation>Open het gesprek dat je met hen hebt gepland</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the contact to plan a conversation</source>
        <translation>Open het contact om een gesprek te plannen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not now</source>
        <translation>Nu niet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not now: %1</source>
        <translation>Nu niet: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide this name for four weeks</source>
        <translation>Deze naam vier weken verbergen</translation>
    </message>
</context>
<context>
    <name>ItemsPanel</name>
    <message>
        <location filename="../../netplanner/gui/live/items_panel.py" line="+39"/>
        <location line="+3"/>
        <source>Coming up</source>
        <extracomment>A name was noted (cleaned, not empty). A noted name was taken away again (its row). A question to add (cleaned, not empty). The user clicked an item of *Coming up* (its key). Enter or Escape in a field: the answer box may have the keyboard again.</extracomment>
        <translation>Hierna</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A name they mention, then Enter</source>
        <translation>Een naam die genoemd wordt, dan Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Names mentioned:</source>
        <translation>Genoemde &amp;namen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Names noted</source>
        <translation>Genoteerde namen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A question that comes up, then Enter</source>
        <translation>Een vraag die opkomt, dan Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a &amp;question:</source>
        <translation>&amp;Vraag toevoegen:</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../netplanner/gui/labels.py" line="+16"/>
        <source>Asking to think along</source>
        <translation>Vragen om mee te denken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Informational conversation</source>
        <translation>Informatiegesprek</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked</source>
        <translation>Gevraagd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>Gevoerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thanked</source>
        <translation>Bedankt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Afgezegd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The work itself</source>
        <translation>Het werk zelf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path into the field</source>
        <translation>De weg naar het vak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation and sector</source>
        <translation>Organisatie en sector</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trends</source>
        <translation>Ontwikkelingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advice</source>
        <translation>Advies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who else to talk to</source>
        <translation>Met wie nog meer praten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../netplanner/gui/language_menu.py" line="+21"/>
        <source>&amp;Language</source>
        <extracomment>Each language by its own name, the way people look for it in a list.</extracomment>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Takes effect when you start NetPlanner again</source>
        <translation>Werkt pas als je NetPlanner opnieuw start</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The choice of language could not be saved in %1 (%2).</source>
        <translation>De taalkeuze kon niet worden opgeslagen in %1 (%2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>NetPlanner will keep this language the next time you start it.</source>
        <translation>NetPlanner houdt deze taal ook de volgende keer dat je het start.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NetPlanner will be in Dutch (Nederlands) the next time you start it. Close NetPlanner and start it again to switch now.</source>
        <translation>NetPlanner is in het Nederlands vanaf de volgende keer dat je het start. Sluit NetPlanner en start het opnieuw om nu over te schakelen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NetPlanner will be in English the next time you start it. Close NetPlanner and start it again to switch now.</source>
        <translation>NetPlanner is in het Engels (English) vanaf de volgende keer dat je het start. Sluit NetPlanner en start het opnieuw om nu over te schakelen.</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+26"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../netplanner/gui/main_window.py" line="+69"/>
        <source>&amp;Today</source>
        <translation>&amp;Vandaag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Con&amp;versations</source>
        <translation>&amp;Gesprekken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Goals</source>
        <translation>&amp;Doelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net&amp;work</source>
        <translation>&amp;Netwerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Progress</source>
        <translation>V&amp;oortgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Question banks</source>
        <translation>Vragenban&amp;ken</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New…</source>
        <translation>&amp;Nieuw…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a contact, plan a conversation or add a question, depending on the open tab</source>
        <translation>Voeg een contact toe, plan een gesprek of voeg een vraag toe, afhankelijk van het open tabblad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export prep sheet…</source>
        <translation>Gespreksvoorbereiding &amp;exporteren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the prep sheet of the selected conversation as a PDF to print</source>
        <translation>Sla de gespreksvoorbereiding van het geselecteerde gesprek op als pdf om af te drukken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prin&amp;t prep sheet…</source>
        <translation>Gespreksvoorbereiding af&amp;drukken…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the prep sheet of the selected conversation in your PDF viewer to print</source>
        <translation>Open de gespreksvoorbereiding van het geselecteerde gesprek in je pdf-viewer om af te drukken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Paper size</source>
        <translation>&amp;Papierformaat</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Back-up maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Herstellen uit back-up…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search &amp;answers…</source>
        <translation>&amp;Antwoorden zoeken…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Welcome</source>
        <translation>&amp;Welkom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About NetPlanner</source>
        <translation>&amp;Over NetPlanner</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Prep sheets will be printed on %1.</source>
        <translation>Gespreksvoorbereidingen worden afgedrukt op %1.</translation>
    </message>
    <message>
        <location filename="../../netplanner/gui/backup_actions.py" line="+24"/>
        <source>No backup made</source>
        <translation>Geen back-up gemaakt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup made: %1</source>
        <translation>Back-up gemaakt: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not restored</source>
        <translation>Niet hersteld</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup restored. What you had before is kept as a backup too.</source>
        <translation>Back-up hersteld. Wat je eerst had, is ook als back-up bewaard.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About NetPlanner</source>
        <translation>Over NetPlanner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;NetPlanner %1&lt;/h3&gt;&lt;p&gt;Find work through your network: say concretely what you are looking for, ask people to think along with you, and talk with people who do the work you want.&lt;/p&gt;&lt;p&gt;Your data stays on this computer:&lt;br&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;NetPlanner %1&lt;/h3&gt;&lt;p&gt;Vind werk via je netwerk: zeg concreet wat je zoekt, vraag mensen om met je mee te denken, en praat met mensen die het werk doen dat jij wilt doen.&lt;/p&gt;&lt;p&gt;Je gegevens blijven op deze computer:&lt;br&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../netplanner/gui/main_window.py" line="+22"/>
        <source>%n contact</source>
        <translation>%n contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n contacts</source>
        <translation>%n contacten</translation>
    </message>
    <message>
        <location filename="../../netplanner/gui/backup_actions.py" line="+8"/>
        <source>&lt;h3&gt;NetPlanner %1&lt;/h3&gt;&lt;p&gt;Find work through your network: say concretely what you are looking for, ask people to think along with you, and talk with people who do the work you want.&lt;/p&gt;&lt;p&gt;Your data is on your practice&apos;s server, where only you (and a coach you allow) can see it:&lt;br&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;NetPlanner %1&lt;/h3&gt;&lt;p&gt;Vind werk via je netwerk: zeg concreet wat je zoekt, vraag mensen om met je mee te denken, en praat met mensen die het werk doen dat jij wilt doen.&lt;/p&gt;&lt;p&gt;Je gegevens staan op de server van je praktijk, waar alleen jij (en een coach die je toestemming geeft) ze kan zien:&lt;br&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../netplanner/gui/practice_menu.py" line="+33"/>
        <source>Connect to a practice &amp;server…</source>
        <translation>Verbinden met een praktijk&amp;server…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;hare with a coach…</source>
        <translation>Delen met een &amp;coach…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Re&amp;load</source>
        <translation>Ver&amp;nieuwen</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Coach o&amp;verview…</source>
        <translation>Coachover&amp;zicht…</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../netplanner/gui/transfer/mapping_dialog.py" line="+89"/>
        <source>Two columns are set to “%1”. Set one of them to “%2”.</source>
        <translation>Twee kolommen staan op “%1”. Zet een van beide op “%2”.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Import a spreadsheet: columns</source>
        <translation>Een spreadsheet importeren: kolommen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What does each column of “%1” hold? NetPlanner guessed from the column names; correct what is wrong. Columns set to “%2” are left out.</source>
        <translation>Wat staat er in elke kolom van “%1”? NetPlanner heeft het geraden uit de kolomnamen; verbeter wat niet klopt. Kolommen op “%2” worden weggelaten.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Column in the file</source>
        <translation>Kolom in het bestand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holds</source>
        <translation>Bevat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For example</source>
        <translation>Bijvoorbeeld</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(column %1)</source>
        <translation>(kolom %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What column “%1” holds</source>
        <translation>Wat kolom “%1” bevat</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The first rows as they will be imported</source>
        <translation>De eerste rijen zoals ze worden geïmporteerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;The first rows as they will be imported:</source>
        <translation>&amp;De eerste rijen zoals ze worden geïmporteerd:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Continue</source>
        <translation>&amp;Verder</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Choose the column that holds the name (or the first and last name, or at least the e-mail address): a contact needs a name.</source>
        <extracomment>What the preview rows show, in this order (when any row has it). How many rows of the file the preview shows.</extracomment>
        <translation>Kies de kolom met de naam (of met de voor- en achternaam, of in elk geval het e-mailadres): een contact heeft een naam nodig.</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>(no name or e-mail address: this row is left out)</source>
        <translation>(geen naam of e-mailadres: deze rij wordt weggelaten)</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../netplanner/gui/transfer/merge_dialog.py" line="+121"/>
        <source>Merge contacts</source>
        <extracomment>What the comparison at the top of the explanation shows of both contacts. (field, kept value, other value) for the comparison; &quot;conversations&quot; counts too. ``other``&apos;s e-mail addresses, phone numbers and websites that ``keep`` lacks.</extracomment>
        <translation>Contacten samenvoegen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Is someone in your contacts twice? Pick the other entry: it is merged into %1, who stays.</source>
        <translation>Staat iemand twee keer in je contacten? Kies de andere vermelding: die wordt samengevoegd met %1, die blijft.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Contact to merge</source>
        <translation>Contact om samen te voegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge with:</source>
        <translation>&amp;Samenvoegen met:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nobody in your contacts is called “%1”.</source>
        <translation>Niemand in je contacten heet “%1”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type part of a name and pick someone from the list.</source>
        <translation>Typ een deel van een naam en kies iemand uit de lijst.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Merge %1 into %2</source>
        <translation>%1 samenvoegen met %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not merged</source>
        <translation>Niet samengevoegd</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stays</source>
        <translation>Blijft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged in, then removed</source>
        <translation>Samengevoegd, daarna verwijderd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1’s %n conversation moves to %2.</source>
        <translation>Het %n gesprek van %1 gaat naar %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1’s %n conversations move to %2.</source>
        <translation>De %n gesprekken van %1 gaan naar %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1’s %n follow-up moves to %2.</source>
        <translation>De %n vervolgactie van %1 gaat naar %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1’s %n follow-ups move to %2.</source>
        <translation>De %n vervolgacties van %1 gaan naar %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%n person introduced by %1 is then introduced by %2.</source>
        <translation>%n persoon die door %1 is voorgesteld, is daarna voorgesteld door %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%n people introduced by %1 are then introduced by %2.</source>
        <translation>%n mensen die door %1 zijn voorgesteld, zijn daarna voorgesteld door %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Empty fields of %2 are filled from %1: %3.</source>
        <translation>Lege velden van %2 worden ingevuld vanuit %1: %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where the two differ, %2’s stays and %1’s is written in the notes: %3.</source>
        <translation>Waar de twee verschillen, blijft die van %2 staan en komt die van %1 in de notities: %3.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1’s tags are added to %2’s tags.</source>
        <translation>De tags van %1 worden toegevoegd aan die van %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1’s notes are added at the end of %2’s notes.</source>
        <translation>De notities van %1 worden onderaan de notities van %2 toegevoegd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has nothing that %2 does not have already.</source>
        <translation>%1 heeft niets wat %2 nog niet heeft.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Then %1 is removed from your contacts. You can undo the merge with %3.</source>
        <translation>Daarna wordt %1 uit je contacten verwijderd. Je kunt het samenvoegen ongedaan maken met %3.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What will happen:</source>
        <translation>Wat er gebeurt:</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>%1’s e-mail addresses, phone numbers and websites that %2 lacks are added: %3.</source>
        <translation>De e-mailadressen, telefoonnummers en websites van %1 die %2 nog niet heeft, komen erbij: %3.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../netplanner/core/banks.py" line="+96"/>
        <location line="+23"/>
        <source>A question bank needs a name.</source>
        <translation>Een vragenbank heeft een naam nodig.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>This bank already has that question (number %1): “%2”</source>
        <translation>Deze vragenbank heeft die vraag al (nummer %1): “%2”</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+22"/>
        <source>A question needs some text.</source>
        <translation>Een vraag heeft tekst nodig.</translation>
    </message>
    <message>
        <location filename="../../netplanner/core/network/chains.py" line="+128"/>
        <source>Each new person needs a name.</source>
        <translation>Elke nieuwe persoon heeft een naam nodig.</translation>
    </message>
    <message>
        <location filename="../../netplanner/core/contacts.py" line="+47"/>
        <source>A contact needs a name.</source>
        <translation>Een contact heeft een naam nodig.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 cannot be introduced by themselves.</source>
        <translation>%1 kan niet door zichzelf voorgesteld zijn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was introduced (directly or via others) by %2, so %2 cannot also be introduced by %1.</source>
        <translation>%1 is (direct of via anderen) voorgesteld door %2, dus %2 kan niet ook door %1 voorgesteld zijn.</translation>
    </message>
    <message>
        <location filename="../../netplanner/core/conversations.py" line="+92"/>
        <source>A conversation lasts between 1 minute and 24 hours.</source>
        <translation>Een gesprek duurt tussen 1 minuut en 24 uur.</translation>
    </message>
    <message>
        <location filename="../../netplanner/core/demo/example.py" line="+69"/>
        <source>The example data goes only into an empty data file.</source>
        <translation>Het voorbeeldnetwerk kan alleen in een leeg gegevensbestand.</translation>
    </message>
    <message>
        <location filename="../../netplanner/core/followups/stored.py" line="+81"/>
        <source>Say what to do in a few words.</source>
        <translation>Zeg in een paar woorden wat er moet gebeuren.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This suggestion has already been taken care of.</source>
        <translation>Deze suggestie is al afgehandeld.</translation>
    </message>
    <message>
        <location filename="../../netplanner/core/goals.py" line="+68"/>
        <source>A goal needs at least a target role or a description.</source>
        <translation>Een doel heeft minstens een gewenste functie of een omschrijving nodig.</translation>
    </message>
    <message>
        <location filename="../../netplanner/core/imports/model.py" line="+239"/>
        <location filename="../../netplanner/interchange/bank_file.py" line="+201"/>
        <location filename="../../netplanner/interchange/json_archive_check.py" line="+43"/>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: kan niet gelezen worden (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 MB is more than NetPlanner imports at once (%3 MB); split the file or export fewer contacts.</source>
        <translation>%1: %2 MB is meer dan NetPlanner in één keer importeert (%3 MB); splits het bestand of exporteer minder contacten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the file is empty.</source>
        <translation>%1: het bestand is leeg.</translation>
    </message>
    <message>
        <location filename="../../netplanner/core/imports/merge.py" line="+44"/>
        <source>Job title: %1</source>
        <translation>Functie: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialism: %1</source>
        <translation>Specialisme: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation: %1</source>
        <translation>Organisatie: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector: %1</source>
        <translation>Sector: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region: %1</source>
        <translation>Regio: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LinkedIn: %1</source>
        <translation>LinkedIn: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How you know each other: %1</source>
        <translation>Hoe jullie elkaar kennen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nickname: %1</source>
        <translation>Bijnaam: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday: %1</source>
        <translation>Verjaardag: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UID: %1</source>
        <translation>UID: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A contact cannot be merged with itself.</source>
        <translation>Een contact kan niet met zichzelf samengevoegd worden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name: %1</source>
        <translation>Naam: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Merged from “%1”:</source>
        <translation>Samengevoegd uit “%1”:</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>%1 and %2 cannot be merged: %3 introduced one of them and was introduced (directly or via others) by %4. Correct who introduced whom first.</source>
        <translation>%1 en %2 kunnen niet samengevoegd worden: %3 heeft een van hen voorgesteld en is (direct of via anderen) voorgesteld door %4. Verbeter eerst wie wie heeft voorgesteld.</translation>
    </message>
    <message>
        <location filename="../../netplanner/interchange/generic_csv.py" line="+72"/>
        <location filename="../../netplanner/interchange/linkedin.py" line="+162"/>
        <source>%1: this is a vCard file; import it as a vCard.</source>
        <translation>%1: dit is een vCard-bestand; importeer het als vCard.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the file holds no header line, only blank lines.</source>
        <translation>%1: het bestand heeft geen kopregel, alleen lege regels.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: this is a LinkedIn connections export; import it as LinkedIn.</source>
        <translation>%1: dit is een export van LinkedIn-connecties; importeer het als LinkedIn.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: the file has %2 columns, but the column choices were made for %3.</source>
        <translation>%1: het bestand heeft %2 kolommen, maar de kolomkeuzes zijn gemaakt voor %3.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 columns where the header has %2 (a delimiter inside a cell without quotes around it?)</source>
        <translation>%1 kolommen, terwijl de kopregel er %2 heeft (een scheidingsteken in een cel zonder aanhalingstekens eromheen?)</translation>
    </message>
    <message>
        <location filename="../../netplanner/interchange/ics_export.py" line="+96"/>
        <source>Conversation %1 with %2 has no date yet, so it cannot go into a calendar.</source>
        <translation>Gesprek %1 met %2 heeft nog geen datum en kan dus niet in een agenda.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>There are no upcoming conversations with a date to export.</source>
        <extracomment>Conversations that were agreed on (planned, held, thanked for, closed): the meeting took place or will; ideas and asks are not agreed yet; a cancelled one is off.</extracomment>
        <translation>Er zijn geen komende gesprekken met een datum om te exporteren.</translation>
    </message>
    <message>
        <location filename="../../netplanner/interchange/linkedin.py" line="+21"/>
        <source>%1: not a LinkedIn connections export (no line with the columns “First Name, Last Name, …, Connected On” near the top).</source>
        <translation>%1: geen export van LinkedIn-connecties (bovenin staat geen regel met de kolommen “First Name, Last Name, …, Connected On”).</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>%1 columns where the header has %2 (a comma in a name or position without quotes around it?)</source>
        <translation>%1 kolommen, terwijl de kopregel er %2 heeft (een komma in een naam of functie zonder aanhalingstekens eromheen?)</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>no first or last name</source>
        <translation>geen voor- of achternaam</translation>
    </message>
    <message>
        <location filename="../../netplanner/interchange/vcard_import.py" line="+141"/>
        <source>%1: not a vCard file (there is no BEGIN:VCARD in it).</source>
        <translation>%1: geen vCard-bestand (er staat geen BEGIN:VCARD in).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>has no END:VCARD (it starts on line %1)</source>
        <translation>heeft geen END:VCARD (begint op regel %1)</translation>
    </message>
    <message>
        <location filename="../../netplanner/storage/sqlite/backup_files.py" line="+57"/>
        <location filename="../../netplanner/storage/sqlite/backups.py" line="+113"/>
        <source>%1 is damaged (%2).</source>
        <translation>%1 is beschadigd (%2).</translation>
    </message>
    <message>
        <location filename="../../netplanner/storage/sqlite/backups.py" line="+17"/>
        <source>%1 cannot be read as a NetPlanner backup (%2).</source>
        <translation>%1 kan niet gelezen worden als back-up van NetPlanner (%2).</translation>
    </message>
    <message>
        <location filename="../../netplanner/storage/sqlite/backup_files.py" line="+22"/>
        <source>The backup could not be written: %1</source>
        <translation>De back-up kon niet geschreven worden: %1</translation>
    </message>
    <message>
        <location filename="../../netplanner/storage/sqlite/opening.py" line="+116"/>
        <source>Cannot create the data file %1: %2</source>
        <translation>Het gegevensbestand %1 kan niet gemaakt worden: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The data file %1 is damaged (%2). It was not changed: it was moved aside to %3, so nothing in it is lost.</source>
        <translation>Het gegevensbestand %1 is beschadigd (%2). Het is niet veranderd: het is opzij gezet als %3, dus er gaat niets van verloren.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 is not a NetPlanner data file (it is not an SQLite database).</source>
        <translation>%1 is geen gegevensbestand van NetPlanner (het is geen SQLite-database).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is an SQLite database of another program, not a NetPlanner data file.</source>
        <translation>%1 is een SQLite-database van een ander programma, geen gegevensbestand van NetPlanner.</translation>
    </message>
    <message>
        <location filename="../../netplanner/storage/postgresql/opening.py" line="+90"/>
        <location filename="../../netplanner/storage/sqlite/opening.py" line="+17"/>
        <source>%1 was written by a newer version of NetPlanner (schema %2). Please update NetPlanner to open it; the file was not changed.</source>
        <translation>%1 is geschreven door een nieuwere versie van NetPlanner (schema %2). Werk NetPlanner bij om het te openen; het bestand is niet veranderd.</translation>
    </message>
    <message>
        <location filename="../../netplanner/storage/sqlite/opening.py" line="+21"/>
        <source>%1 NetPlanner did not upgrade the data file; it was not changed.</source>
        <translation>%1 NetPlanner heeft het gegevensbestand niet bijgewerkt; het is niet veranderd.</translation>
    </message>
    <message>
        <location filename="../../netplanner/core/imports/matching.py" line="+281"/>
        <source>the same name</source>
        <translation>dezelfde naam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same name, spelled differently</source>
        <translation>dezelfde naam, anders gespeld</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a similar name at the same organisation</source>
        <translation>een vergelijkbare naam bij dezelfde organisatie</translation>
    </message>
    <message>
        <location filename="../../netplanner/core/imports/values.py" line="+135"/>
        <source>Row %1: %2</source>
        <translation>Rij %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>name</source>
        <extracomment>The names of the fields a problem can be about, as the user reads them.</extracomment>
        <translation>naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>functie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>specialism</source>
        <translation>specialisme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisation</source>
        <translation>organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sector</source>
        <translation>sector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>region</source>
        <translation>regio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail address</source>
        <translation>e-mailadres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone number</source>
        <translation>telefoonnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LinkedIn URL</source>
        <translation>LinkedIn-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how you know each other</source>
        <translation>hoe jullie elkaar kennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>notities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tags</source>
        <translation>tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>bron</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no name</source>
        <translation>geen naam</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: longer than %2 characters</source>
        <translation>%1: langer dan %2 tekens</translation>
    </message>
    <message>
        <location filename="../../netplanner/interchange/bank_file.py" line="-142"/>
        <source>&apos;%1&apos; is missing.</source>
        <translation>&apos;%1&apos; ontbreekt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; must be text.</source>
        <translation>&apos;%1&apos; moet tekst zijn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is empty.</source>
        <translation>&apos;%1&apos; is leeg.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is longer than %2 characters.</source>
        <translation>&apos;%1&apos; is langer dan %2 tekens.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected a JSON object ({ … }) at the top.</source>
        <translation>bovenaan hoort een JSON-object ({ … }) te staan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a NetPlanner question bank (&apos;format&apos; is not &quot;%1&quot;).</source>
        <translation>geen vragenbank van NetPlanner (&apos;format&apos; is niet &quot;%1&quot;).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>version %1 is not supported; this NetPlanner reads version %2.</source>
        <translation>versie %1 wordt niet ondersteund; deze NetPlanner leest versie %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>language must be one of %1.</source>
        <translation>de taal moet een van deze zijn: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;questions&apos; must be a list ([ … ]).</source>
        <translation>&apos;questions&apos; moet een lijst zijn ([ … ]).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 questions is more than a bank can hold (%2).</source>
        <translation>%1 vragen is meer dan een vragenbank kan bevatten (%2).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>question %1 must be an object with &apos;category&apos; and &apos;text&apos;.</source>
        <translation>vraag %1 moet een object zijn met &apos;category&apos; en &apos;text&apos;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown category %1.</source>
        <translation>onbekende categorie %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>question %1: %2</source>
        <translation>vraag %1: %2</translation>
    </message>
    <message>
        <location filename="../../netplanner/interchange/json_reading.py" line="+76"/>
        <source>%1, line %2: not valid JSON (%3).</source>
        <translation>%1, regel %2: geen geldige JSON (%3).</translation>
    </message>
    <message>
        <location filename="../../netplanner/interchange/bank_file.py" line="+24"/>
        <source>%1, line %2: %3</source>
        <translation>%1, regel %2: %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2 MB is too large for a question bank.</source>
        <translation>%1: %2 MB is te groot voor een vragenbank.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../netplanner/interchange/json_archive_check.py" line="+9"/>
        <source>%1: not a text file in UTF-8.</source>
        <translation>%1: geen tekstbestand in UTF-8.</translation>
    </message>
    <message>
        <location filename="../../netplanner/interchange/json_archive_check.py" line="-18"/>
        <source>%1: %2 MB is too large for an archive.</source>
        <translation>%1: %2 MB is te groot voor een archief.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>this is a question bank, not an archive: use &apos;import bank&apos; for it</source>
        <extracomment>The list inside a record: (its key, table, fields, parent column, what one is called): a bank&apos;s and a conversation&apos;s &quot;questions&quot;, a contact&apos;s &quot;details&quot;.</extracomment>
        <translation>dit is een vragenbank, geen archief: gebruik er &apos;import bank&apos; voor</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location filename="../../netplanner/core/errors.py" line="+14"/>
        <source>There is no contact with ID %1.</source>
        <translation>Er is geen contact met ID %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no conversation with ID %1.</source>
        <translation>Er is geen gesprek met ID %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no follow-up with ID %1.</source>
        <translation>Er is geen vervolgactie met ID %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no goal with ID %1.</source>
        <translation>Er is geen doel met ID %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no question bank with ID %1.</source>
        <translation>Er is geen vragenbank met ID %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no question with ID %1.</source>
        <translation>Er is geen vraag met ID %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no %1 with ID %2.</source>
        <translation>Er is geen %1 met ID %2.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Someone else changed this question bank since you opened it (another window, or your coach). Nothing was saved.</source>
        <translation>Iemand anders heeft deze vragenbank gewijzigd sinds je die opende (een ander venster, of je coach). Er is niets bewaard.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Someone else changed this question since you opened it (another window, or your coach). Nothing was saved.</source>
        <translation>Iemand anders heeft deze vraag gewijzigd sinds je die opende (een ander venster, of je coach). Er is niets bewaard.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Someone else changed this follow-up since it was shown here (another window, or your coach). Nothing was saved.</source>
        <translation>Iemand anders heeft deze vervolgactie gewijzigd sinds die hier werd getoond (een ander venster, of je coach). Er is niets bewaard.</translation>
    </message>
    <message>
        <location filename="../../netplanner/core/suggestions/approach.py" line="+60"/>
        <source>%1 was already asked for this goal.</source>
        <translation>%1 is voor dit doel al gevraagd.</translation>
    </message>
    <message>
        <location filename="../../netplanner/core/suggestions/ranking.py" line="+56"/>
        <source>There is no active goal: say what you are looking for in the Goals tab and mark it active.</source>
        <translation>Er is geen actief doel: zeg op het tabblad Doelen wat je zoekt en maak het doel actief.</translation>
    </message>
    <message>
        <location filename="../../netplanner/core/suggestions/reasons.py" line="+50"/>
        <source>%1 (same field)</source>
        <translation>%1 (zelfde vakgebied)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (similar role)</source>
        <translation>%1 (vergelijkbare functie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (related work)</source>
        <translation>%1 (verwant werk)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>works on %1</source>
        <extracomment>The goal&apos;s specialism found in the contact&apos;s role, not in a field of its own.</extracomment>
        <translation>werkt aan %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, near %2</source>
        <translation>%1, in de buurt van %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1st degree</source>
        <translation>1e graad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2nd degree via %1</source>
        <translation>2e graad via %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3rd degree via %1</source>
        <translation>3e graad via %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1th degree via %2</source>
        <translation>%1e graad via %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>helped you before</source>
        <translation>heeft je eerder geholpen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>helped you more than once</source>
        <translation>heeft je vaker geholpen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gave you names before</source>
        <translation>gaf je eerder namen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in touch in the past 3 months</source>
        <translation>contact in de afgelopen 3 maanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in touch in the past year</source>
        <translation>contact in het afgelopen jaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approached in the past 4 weeks</source>
        <translation>benaderd in de afgelopen 4 weken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not asked for this goal yet</source>
        <translation>nog niet gevraagd voor dit doel</translation>
    </message>
    <message>
        <location filename="../../netplanner/interchange/generic_csv.py" line="+20"/>
        <source>no name, e-mail address or organisation</source>
        <translation>geen naam, e-mailadres of organisatie</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the birthday cannot be read; it was left out</source>
        <translation>de verjaardag is niet te lezen; die is weggelaten</translation>
    </message>
    <message>
        <location filename="../../netplanner/interchange/linkedin.py" line="-78"/>
        <source>%1: this is a %2 export, not LinkedIn&apos;s; import it as a spreadsheet (CSV).</source>
        <translation>%1: dit is een export van %2, niet van LinkedIn; importeer het als spreadsheet (CSV).</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>“%1” is not an e-mail address; it was left out</source>
        <translation>‘%1’ is geen e-mailadres; dat is weggelaten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” under Connected On is not a date; it was left out</source>
        <translation>‘%1’ onder Connected On is geen datum; die is weggelaten</translation>
    </message>
    <message>
        <location filename="../../netplanner/interchange/vcard_import.py" line="+12"/>
        <source>has no name, e-mail address, organisation or phone number (it starts on line %1)</source>
        <translation>heeft geen naam, e-mailadres, organisatie of telefoonnummer (begint op regel %1)</translation>
    </message>
    <message>
        <location filename="../../netplanner/core/imports/matching.py" line="-148"/>
        <source>another LinkedIn profile</source>
        <translation>een ander LinkedIn-profiel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the same e-mail address, another name</source>
        <translation>hetzelfde e-mailadres, een andere naam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same UID, another name and e-mail</source>
        <translation>dezelfde UID, een andere naam en e-mail</translation>
    </message>
    <message>
        <location filename="../../netplanner/core/imports/values.py" line="-30"/>
        <source>kind of e-mail address</source>
        <translation>soort e-mailadres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind of phone number</source>
        <translation>soort telefoonnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>website</source>
        <translation>website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nickname</source>
        <translation>bijnaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title before the name</source>
        <translation>titel voor de naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first name</source>
        <translation>voornaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>middle names</source>
        <translation>tweede namen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last name</source>
        <translation>achternaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suffix after the name</source>
        <translation>toevoeging na de naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>birthday</source>
        <translation>verjaardag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>street</source>
        <translation>straat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postal code</source>
        <translation>postcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>city</source>
        <translation>plaats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>province or state</source>
        <translation>provincie of staat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation>land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <location filename="../../netplanner/core/contact_fields.py" line="+158"/>
        <source>“%1” is not a birthday NetPlanner can read; write it as 22-03-1980, or 22-03 when you do not know the year.</source>
        <translation>‘%1’ is geen verjaardag die NetPlanner kan lezen; schrijf hem als 22-03-1980, of 22-03 als je het jaar niet weet.</translation>
    </message>
    <message>
        <location filename="../../netplanner/core/imports/plan.py" line="+140"/>
        <source>the same person as card %1 of the file</source>
        <translation>dezelfde persoon als kaart %1 van het bestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same person as row %1 of the file</source>
        <translation>dezelfde persoon als rij %1 van het bestand</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>already in your contacts as %1, nothing new</source>
        <translation>staat al in je contacten als %1, niets nieuws</translation>
    </message>
    <message>
        <location filename="../../netplanner/interchange/vcard_fields.py" line="+192"/>
        <source>line %1: the birthday “%2” cannot be read; it was left out</source>
        <translation>regel %1: de verjaardag ‘%2’ is niet te lezen; die is weggelaten</translation>
    </message>
    <message>
        <location filename="../../netplanner/interchange/vcard_lines.py" line="+190"/>
        <source>line %1 is not a vCard property; it was left out</source>
        <translation>regel %1 is geen vCard-eigenschap; die is weggelaten</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>line %1: %2 cannot be decoded; it was left out</source>
        <translation>regel %1: %2 is niet te ontcijferen; dat is weggelaten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line %1: %2 holds bytes that are not %3 text; they are shown as �</source>
        <translation>regel %1: %2 bevat bytes die geen %3-tekst zijn; die staan er als �</translation>
    </message>
    <message>
        <location filename="../../netplanner/interchange/vcard_import.py" line="-24"/>
        <source>is larger than %1 MB without its photo (it starts on line %2); NetPlanner reads cards up to %1 MB</source>
        <translation>is groter dan %1 MB zonder foto (de kaart begint op regel %2); NetPlanner leest kaarten tot %1 MB</translation>
    </message>
    <message>
        <location filename="../../netplanner/storage/sqlite/backup_files.py" line="-18"/>
        <source>The backup could not be made: another program is using %1. Try again when it is done.</source>
        <translation>De back-up kon niet worden gemaakt: een ander programma gebruikt %1. Probeer het opnieuw als dat klaar is.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup could not be written: there is no room left on the disk.</source>
        <translation>De back-up kon niet worden opgeslagen: de schijf is vol.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup could not be written: NetPlanner may not write there (%1).</source>
        <translation>De back-up kon niet worden opgeslagen: NetPlanner mag daar niet schrijven (%1).</translation>
    </message>
    <message>
        <location filename="../../netplanner/storage/sqlite/backups.py" line="+11"/>
        <source>%1 was made by a newer version of NetPlanner (schema %2). Update NetPlanner to restore it.</source>
        <translation>%1 is gemaakt door een nieuwere versie van NetPlanner (schema %2). Werk NetPlanner bij om de back-up terug te zetten.</translation>
    </message>
    <message>
        <location filename="../../netplanner/storage/sqlite/backup_files.py" line="+68"/>
        <source>%1 already exists; a backup never goes over a file. Choose a new name.</source>
        <translation>%1 bestaat al; een back-up komt nooit over een bestand heen. Kies een nieuwe naam.</translation>
    </message>
    <message>
        <location filename="../../netplanner/storage/sqlite/opening.py" line="-147"/>
        <source>%1 is not a NetPlanner data file (it is a device or a pipe, not a file).</source>
        <translation>%1 is geen gegevensbestand van NetPlanner (het is een apparaat of een pipe, geen bestand).</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The data file %1 is damaged (%2), and NetPlanner cannot set it aside (%3). It was not changed; move it elsewhere yourself, then restore a backup.</source>
        <translation>Het gegevensbestand %1 is beschadigd (%2), en NetPlanner kan het niet opzij zetten (%3). Het is niet veranderd; verplaats het zelf en zet daarna een back-up terug.</translation>
    </message>
    <message>
        <location filename="../../netplanner/interchange/json_reading.py" line="-32"/>
        <source>a number of %1 digits, longer than any value has</source>
        <translation>een getal van %1 cijfers, langer dan welke waarde ook</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a number too large to use</source>
        <translation>een getal dat te groot is om te gebruiken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, which is not a number JSON allows</source>
        <translation>%1, en dat is geen getal dat JSON toestaat</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: the file holds %2.</source>
        <translation>%1: het bestand bevat %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: nested too deeply to be a NetPlanner file.</source>
        <translation>%1: te diep genest voor een bestand van NetPlanner.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: the file holds a broken character (%2, half of a pair that belongs together) in the text “%3”.</source>
        <translation>%1: het bestand bevat een kapot teken (%2, de helft van een paar dat bij elkaar hoort) in de tekst “%3”.</translation>
    </message>
    <message>
        <location filename="../../netplanner/interchange/csv_sniff.py" line="+80"/>
        <source>%1: this is not a text file (it holds binary data).</source>
        <translation>%1: dit is geen tekstbestand (het bevat binaire gegevens).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: line %2 holds a byte that is not UTF-8 (byte %3 of the file), while the rest of the file is UTF-8. NetPlanner does not guess which letter was meant: save the file again as CSV UTF-8 in your spreadsheet program, or correct that line.</source>
        <translation>%1: regel %2 bevat een byte die geen UTF-8 is (byte %3 van het bestand), terwijl de rest van het bestand UTF-8 is. NetPlanner gaat niet raden welke letter bedoeld is: sla het bestand opnieuw op als CSV UTF-8 in je spreadsheetprogramma, of verbeter die regel.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: line %2 holds a byte that is neither UTF-8 nor Windows-1252 (byte %3 of the file). Save the file again as CSV UTF-8 in your spreadsheet program.</source>
        <translation>%1: regel %2 bevat een byte die geen UTF-8 en geen Windows-1252 is (byte %3 van het bestand). Sla het bestand opnieuw op als CSV UTF-8 in je spreadsheetprogramma.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 is not UTF-8, so it was read as Windows-1252 (as older Excel and Outlook on Windows save). Check that names with accents look right.</source>
        <translation>%1 is geen UTF-8 en is daarom gelezen als Windows-1252 (zoals oudere versies van Excel en Outlook op Windows opslaan). Controleer of namen met accenten er goed uitzien.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: the file holds text that cannot be read as %2 (%3).</source>
        <translation>%1: het bestand bevat tekst die niet als %2 te lezen is (%3).</translation>
    </message>
    <message>
        <location filename="../../netplanner/storage/sqlite/failures.py" line="+79"/>
        <source>Another program is using the data file %1 (a backup or sync program, or NetPlanner in another window). Close it or wait until it is done, then try again; the file was not changed.</source>
        <translation>Een ander programma gebruikt het gegevensbestand %1 (een back-up- of synchronisatieprogramma, of NetPlanner in een ander venster). Sluit het of wacht tot het klaar is en probeer het dan opnieuw; het bestand is niet veranderd.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no room left on the disk of the data file %1. Make room, then try again; the file was not changed.</source>
        <translation>De schijf van het gegevensbestand %1 is vol. Maak ruimte vrij en probeer het dan opnieuw; het bestand is niet veranderd.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>NetPlanner may not read or write the data file %1 or its folder (%2). Check that the disk is not read-only and that the file and folder are yours, then try again; the file was not changed.</source>
        <translation>NetPlanner mag het gegevensbestand %1 of de map ervan niet lezen of schrijven (%2). Controleer of de schijf niet alleen-lezen is en of het bestand en de map van jou zijn, en probeer het dan opnieuw; het bestand is niet veranderd.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The data file %1 cannot be opened (%2). Check that its folder exists and that you may write in it (SQLite keeps two small files beside it), then try again; the file was not changed.</source>
        <translation>Het gegevensbestand %1 kan niet worden geopend (%2). Controleer of de map bestaat en of je erin mag schrijven (SQLite bewaart er twee kleine bestanden naast), en probeer het dan opnieuw; het bestand is niet veranderd.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is not enough memory to work with the data file %1. Close other programs, then try again; the file was not changed.</source>
        <translation>Er is niet genoeg geheugen om met het gegevensbestand %1 te werken. Sluit andere programma&apos;s en probeer het dan opnieuw; het bestand is niet veranderd.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The disk reported an error while NetPlanner used the data file %1 (%2). Check the disk or its connection, then try again; the file was not changed.</source>
        <translation>De schijf meldde een fout terwijl NetPlanner het gegevensbestand %1 gebruikte (%2). Controleer de schijf of de verbinding ermee en probeer het dan opnieuw; het bestand is niet veranderd.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The data file %1 is damaged (%2). Run “netplanner check” (or start the app) to set it aside and restore a backup.</source>
        <translation>Het gegevensbestand %1 is beschadigd (%2). Voer “netplanner check” uit (of start de app) om het opzij te zetten en een back-up terug te zetten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+32"/>
        <source>The data file %1 cannot be used just now (%2); it was not changed.</source>
        <translation>Het gegevensbestand %1 kan nu niet worden gebruikt (%2); het is niet veranderd.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The name of the data file %1 is too long for its disk.</source>
        <translation>De naam van het gegevensbestand %1 is te lang voor de schijf.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is a folder, not a data file. Give the name of a file in it, for example %2.</source>
        <translation>%1 is een map, geen gegevensbestand. Geef de naam van een bestand in die map, bijvoorbeeld %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The data file %1 is a link to %2, which is not there (a disk or network folder that is not connected?). Connect it and try again; NetPlanner does not start an empty file in its place.</source>
        <translation>Het gegevensbestand %1 is een koppeling naar %2, en dat is er niet (een schijf of netwerkmap die niet is aangesloten?). Sluit die aan en probeer het opnieuw; NetPlanner begint er geen leeg bestand voor in de plaats.</translation>
    </message>
    <message>
        <location filename="../../netplanner/storage/output_files.py" line="+99"/>
        <source>Cannot write %1: it is your data file. Choose another file name.</source>
        <translation>Kan %1 niet opslaan: het is je gegevensbestand. Kies een andere bestandsnaam.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write %1: it belongs to your data file (SQLite keeps it beside the file). Choose another file name.</source>
        <translation>Kan %1 niet opslaan: het hoort bij je gegevensbestand (SQLite bewaart het ernaast). Kies een andere bestandsnaam.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write %1: it is in NetPlanner&apos;s backups folder, which holds only backups. Choose another folder.</source>
        <translation>Kan %1 niet opslaan: het staat in de back-upmap van NetPlanner, en daar horen alleen back-ups. Kies een andere map.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write %1: it belongs to a database beside it (SQLite keeps it there). Choose another file name.</source>
        <translation>Kan %1 niet opslaan: het hoort bij een database ernaast (SQLite bewaart het daar). Kies een andere bestandsnaam.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write %1: it is a database (a data file or a backup), which NetPlanner never writes over. Choose a new file name.</source>
        <translation>Kan %1 niet opslaan: het is een database (een gegevensbestand of een back-up), en daar schrijft NetPlanner nooit overheen. Kies een nieuwe bestandsnaam.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This file cannot go to standard output; give a file name with -o.</source>
        <translation>Dit bestand kan niet naar de standaarduitvoer; geef een bestandsnaam op met -o.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot write %1: it is a folder. Give a file name in it.</source>
        <translation>Kan %1 niet opslaan: het is een map. Geef een bestandsnaam in die map.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write %1: it is not a file (a device or a pipe). Give the name of a file.</source>
        <translation>Kan %1 niet opslaan: het is geen bestand (maar een apparaat of een pipe). Geef de naam van een bestand.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write %1: the folder does not exist.</source>
        <translation>Kan %1 niet opslaan: de map bestaat niet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write %1: the name is too long for its disk (at most %2 bytes). Choose a shorter name.</source>
        <translation>Kan %1 niet opslaan: de naam is te lang voor de schijf (hoogstens %2 bytes). Kies een kortere naam.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write %1: NetPlanner may not write in its folder. Choose another folder.</source>
        <translation>Kan %1 niet opslaan: NetPlanner mag niet in die map schrijven. Kies een andere map.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot write %1: there is no room left on its disk. Make room and try again.</source>
        <translation>Kan %1 niet opslaan: de schijf is vol. Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write %1: NetPlanner may not write there (%2).</source>
        <translation>Kan %1 niet opslaan: NetPlanner mag daar niet schrijven (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write %1: the name is too long for its disk (%2).</source>
        <translation>Kan %1 niet opslaan: de naam is te lang voor de schijf (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write %1: the folder does not exist (%2).</source>
        <translation>Kan %1 niet opslaan: de map bestaat niet (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write %1: %2.</source>
        <translation>Kan %1 niet opslaan: %2.</translation>
    </message>
    <message>
        <location filename="../../netplanner/storage/sqlite/recovery.py" line="+125"/>
        <source>The data as it is now could not be saved first (%1) Nothing was restored; the data file was not changed.</source>
        <translation>De gegevens zoals ze nu zijn konden niet eerst worden bewaard (%1) Er is niets teruggezet; het gegevensbestand is niet veranderd.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Nothing was restored (%1); the data file was not changed.</source>
        <translation>Er is niets teruggezet (%1); het gegevensbestand is niet veranderd.</translation>
    </message>
    <message>
        <location filename="../../netplanner/datafile.py" line="+168"/>
        <source>There is no good backup of it; NetPlanner will start with an empty file.</source>
        <translation>Er is geen goede back-up van; NetPlanner begint met een leeg bestand.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The newest good backup is from %1 (%2 contacts, %3 conversations): restore it with netplanner restore &quot;%4&quot;</source>
        <translation>De nieuwste goede back-up is van %1 (%2 contacten, %3 gesprekken): herstel hem met netplanner restore &quot;%4&quot;</translation>
    </message>
    <message>
        <location filename="../../netplanner/paths.py" line="+75"/>
        <source>%1 is not a data file NetPlanner can open: give a path, or sqlite:///PATH.</source>
        <translation>%1 is geen gegevensbestand dat NetPlanner kan openen: geef een pad op, of sqlite:///PAD.</translation>
    </message>
    <message>
        <location filename="../../netplanner/core/live_conversation/writing.py" line="+54"/>
        <source>A question needs words.</source>
        <translation>Een vraag heeft woorden nodig.</translation>
    </message>
    <message>
        <location filename="../../netplanner/storage/postgresql/opening.py" line="-12"/>
        <source>%1 is not a NetPlanner practice database (an administrator prepares one with: netplanner practice init).</source>
        <translation>%1 is geen praktijkdatabase van NetPlanner (een beheerder maakt er een met: netplanner practice init).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The practice server %1 has an older schema (%2) than this NetPlanner (%3): an administrator runs netplanner practice upgrade first.</source>
        <translation>De praktijkserver %1 heeft een ouder schema (%2) dan deze NetPlanner (%3): een beheerder voert eerst netplanner practice upgrade uit.</translation>
    </message>
    <message>
        <location filename="../../netplanner/storage/postgresql/failures.py" line="+59"/>
        <source>Someone else is saving the same data on %1 just now. Nothing was changed; try again in a moment.</source>
        <translation>Iemand anders bewaart op dit moment dezelfde gegevens op %1. Er is niets veranderd; probeer het zo nog eens.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The practice server %1 refused: %2</source>
        <translation>De praktijkserver %1 weigerde: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot reach the practice server %1: %2. Nothing was changed; try again when the server can be reached.</source>
        <translation>De praktijkserver %1 is niet bereikbaar: %2. Er is niets veranderd; probeer het opnieuw zodra de server bereikbaar is.</translation>
    </message>
    <message>
        <location filename="../../netplanner/core/errors.py" line="-25"/>
        <source>Someone else changed this contact since you opened it (another window, or your coach). Nothing was saved.</source>
        <translation>Iemand anders heeft dit contact gewijzigd sinds je het opende (een ander venster, of je coach). Er is niets bewaard.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Someone else changed this conversation since you opened it (another window, or your coach). Nothing was saved.</source>
        <translation>Iemand anders heeft dit gesprek gewijzigd sinds je het opende (een ander venster, of je coach). Er is niets bewaard.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Someone else changed this goal since you opened it (another window, or your coach). Nothing was saved.</source>
        <translation>Iemand anders heeft dit doel gewijzigd sinds je het opende (een ander venster, of je coach). Er is niets bewaard.</translation>
    </message>
    <message>
        <location filename="../../netplanner/storage/reasons.py" line="+20"/>
        <source>not permitted</source>
        <translation>niet toegestaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no room left on the disk</source>
        <translation>geen ruimte meer op de schijf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in use by another program</source>
        <translation>in gebruik bij een ander programma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file or the disk is read-only</source>
        <translation>het bestand of de schijf is alleen-lezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk could not be read or written</source>
        <translation>de schijf kon niet worden gelezen of beschreven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not enough memory</source>
        <translation>niet genoeg geheugen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file cannot be opened</source>
        <translation>het bestand kan niet worden geopend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its content is damaged</source>
        <translation>de inhoud is beschadigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not a data file</source>
        <translation>het is geen gegevensbestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too many files are open</source>
        <translation>er zijn te veel bestanden geopend</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>permission denied</source>
        <translation>geen toestemming</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a part of the path is not a folder</source>
        <translation>een deel van het pad is geen map</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a folder</source>
        <translation>het is een map</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no such file or folder</source>
        <translation>dat bestand of die map bestaat niet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your share of the disk is used up</source>
        <translation>je deel van de schijfruimte is op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is too large for its disk</source>
        <translation>het bestand is te groot voor de schijf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is read-only</source>
        <translation>de schijf is alleen-lezen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the name is too long</source>
        <translation>de naam is te lang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it already exists</source>
        <translation>het bestaat al</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too many links in a row</source>
        <translation>te veel snelkoppelingen achter elkaar</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>the disk is not connected</source>
        <translation>de schijf is niet aangesloten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is on another disk</source>
        <translation>het staat op een andere schijf</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the file is cut off</source>
        <translation>het bestand is afgekapt</translation>
    </message>
    <message>
        <location filename="../../netplanner/core/imports/notes.py" line="+88"/>
        <source>Department: %1</source>
        <translation>Afdeling: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role: %1</source>
        <translation>Rol: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Address (%1): %2</source>
        <translation>Adres (%1): %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address %1: %2</source>
        <translation>Adres %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address: %1</source>
        <translation>Adres: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>work</source>
        <extracomment>The kinds an address can be labelled with (``contact_fields.KINDS``), as notes say them.</extracomment>
        <translation>werk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>home</source>
        <translation>thuis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mobile</source>
        <translation>mobiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>overig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pager</source>
        <translation>pieper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>main</source>
        <translation>algemeen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>school</source>
        <translation>school</translation>
    </message>
</context>
<context>
    <name>ModeHoldLine</name>
    <message>
        <location filename="../../netplanner/gui/conversations/mode_hold.py" line="+30"/>
        <source>This conversation is open in conversation mode, which keeps the answers as you type them. You can change it here again once you close that window.</source>
        <translation>Dit gesprek is open in de gespreksmodus, die de antwoorden bewaart terwijl je ze typt. Je kunt het hier weer wijzigen zodra je dat venster sluit.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Conversation mode is open</source>
        <translation>De gespreksmodus is open</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show conversation mode</source>
        <translation>Gespreksmodus tonen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start conversation</source>
        <translation>Gesprek starten</translation>
    </message>
</context>
<context>
    <name>NamePartsSection</name>
    <message>
        <location filename="../../netplanner/gui/contacts/form_sections.py" line="-81"/>
        <source>Parts of the name</source>
        <translation>Delen van de naam</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Title, first, middle and last name and suffix, as address books keep them</source>
        <translation>Titel, voornaam, tweede namen, achternaam en toevoeging, zoals adresboeken ze bewaren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dr., Mr., Ms.</source>
        <translation>Dr., dhr., mw.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jr., MSc</source>
        <translation>jr., MSc</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name:</source>
        <translation>Voornaam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle names:</source>
        <translation>Tweede namen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name:</source>
        <translation>Achternaam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suffix:</source>
        <translation>Toevoeging:</translation>
    </message>
</context>
<context>
    <name>NamePickerCombo</name>
    <message>
        <location filename="../../netplanner/gui/contacts/name_picker.py" line="+223"/>
        <source>Type part of a name…</source>
        <extracomment>Role holding the contact id of an entry (None for an entry that is nobody). Role holding the folded label the completer matches against. (contact id or None, label shown, folded label)</extracomment>
        <translation>Typ een deel van een naam…</translation>
    </message>
</context>
<context>
    <name>NameRow</name>
    <message>
        <location filename="../../netplanner/gui/names/row.py" line="+41"/>
        <source>New name, or type to find a contact</source>
        <translation>Nieuwe naam, of zoek een contact</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+2"/>
        <location line="+80"/>
        <source>optional</source>
        <translation>optioneel</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>No plan yet</source>
        <translation>Nog geen plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask to think along</source>
        <translation>Vragen om mee te denken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Informational conversation</source>
        <translation>Informatiegesprek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan a conversation with them: it is added as an idea</source>
        <translation>Plan een gesprek met deze persoon: het wordt toegevoegd als idee</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove this row</source>
        <translation>Deze rij weghalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone new with this name</source>
        <translation>Iemand nieuws met deze naam</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name %1</source>
        <translation>Naam %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role %1</source>
        <translation>Functie %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation %1</source>
        <translation>Organisatie %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan %1</source>
        <translation>Plannen %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove row %1</source>
        <translation>Rij %1 weghalen</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>New contact, introduced by %1.</source>
        <translation>Nieuw contact, voorgesteld door %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Already in your contacts: will be linked as introduced by %1.</source>
        <translation>Staat al in je contacten: wordt gekoppeld als voorgesteld door %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(Until now: introduced by %1.)</source>
        <translation>(Tot nu toe: voorgesteld door %1.)</translation>
    </message>
</context>
<context>
    <name>NetworkColours</name>
    <message>
        <location filename="../../netplanner/gui/network/colours.py" line="+63"/>
        <source>No conversation yet</source>
        <extracomment>Degrees from this one up share a colour (&quot;5th degree and further&quot;).</extracomment>
        <translation>Nog geen gesprek</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 and further</source>
        <translation>%1 en verder</translation>
    </message>
</context>
<context>
    <name>NetworkScene</name>
    <message>
        <location filename="../../netplanner/gui/network/scene.py" line="+152"/>
        <source>+ %1 more you know yourself</source>
        <extracomment>Contacts the user knows directly who introduced nobody yet: beyond this many they are drawn as one box unless &quot;Show everyone&quot; is on (30,000 LinkedIn imports would otherwise make one endless column).</extracomment>
        <translation>+ nog %1 die je zelf kent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You</source>
        <translation>Jij</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>You: the people you know yourself hang under you</source>
        <translation>Jij: de mensen die je zelf kent, hangen onder jou</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>People you know yourself who have not introduced anyone yet. Tick “Show everyone” to draw each of them.</source>
        <translation>Mensen die je zelf kent en die nog niemand hebben voorgesteld. Vink “Iedereen tonen” aan om ze allemaal te tekenen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No conversation yet</source>
        <translation>Nog geen gesprek</translation>
    </message>
</context>
<context>
    <name>NetworkTab</name>
    <message>
        <location filename="../../netplanner/gui/network/tab.py" line="+53"/>
        <location line="+198"/>
        <source>Network of introductions</source>
        <translation>Netwerk van introducties</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>Name or organisation…</source>
        <translation>Naam of organisatie…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Enter for the next match</source>
        <translation>Druk op Enter voor de volgende treffer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fin&amp;d:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>degree</source>
        <translation>graad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conversation status</source>
        <translation>gespreksstatus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;olour by:</source>
        <translation>K&amp;leur naar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show everyone</source>
        <translation>&amp;Iedereen tonen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also draw each person you know yourself who has not introduced anyone yet</source>
        <translation>Teken ook iedereen die je zelf kent en die nog niemand heeft voorgesteld</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom out (Ctrl+wheel, −)</source>
        <translation>Uitzoomen (Ctrl+muiswiel, −)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in (Ctrl+wheel, +)</source>
        <translation>Inzoomen (Ctrl+muiswiel, +)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>Passend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the whole network</source>
        <translation>Toon het hele netwerk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nobody in your network yet. Add the people you know in the Contacts tab; when someone gives you a name, record who introduced whom and the chain grows here.</source>
        <translation>Er staat nog niemand in je netwerk. Voeg de mensen die je kent toe op het tabblad Contacten; als iemand je een naam geeft, noteer dan wie wie heeft voorgesteld, en de keten groeit hier.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear the search</source>
        <translation>Zoekopdracht wissen</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%n person</source>
        <translation>%n persoon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n people</source>
        <translation>%n mensen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%n you know yourself</source>
        <translation>%n ken je zelf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%n via via</source>
        <translation>%n via-via</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>longest chain: %1</source>
        <translation>langste keten: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%n person who introduced nobody yet is drawn as one box</source>
        <translation>%n persoon die nog niemand heeft voorgesteld, staat in één vak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n people who introduced nobody yet are drawn as one box</source>
        <translation>%n mensen die nog niemand hebben voorgesteld, staan samen in één vak</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No match</source>
        <translation>Geen treffer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not drawn: tick “Show everyone”</source>
        <translation>Niet getekend: vink “Iedereen tonen” aan</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <location line="-239"/>
        <source>Arrow keys move between people; Enter opens the selected person.</source>
        <translation>Met de pijltjestoetsen ga je van persoon naar persoon; Enter opent de geselecteerde persoon.</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>NextView</name>
    <message>
        <location filename="../../netplanner/gui/goals/next_view.py" line="+85"/>
        <source>People who do the work</source>
        <extracomment>Someone was asked: (goal id, contact id, their name); the tab opens the composer.</extracomment>
        <translation>Mensen die het werk doen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For an informational conversation: what the work involves, how they got there.</source>
        <translation>Voor een informatiegesprek: wat het werk inhoudt, hoe ze er terechtkwamen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People who can think along</source>
        <translation>Mensen die kunnen meedenken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warm contacts of any field who may know people who do this work.</source>
        <translation>Warme contacten uit elk vakgebied die misschien mensen kennen die dit werk doen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Ask the selected person</source>
        <translation>De geselecteerde persoon vragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now: hide the selected person</source>
        <translation>Nu niet: de geselecteerde persoon verbergen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why this person</source>
        <translation>Waarom deze persoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+153"/>
        <source>Ask…</source>
        <translation>Vragen…</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Plan an ask with this person for the goal and write the message (Enter)</source>
        <translation>Plan een vraag aan deze persoon voor het doel en schrijf het bericht (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now</source>
        <translation>Nu niet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave this person out of the lists for %1 weeks (Delete)</source>
        <translation>Laat deze persoon %1 weken uit de lijsten (Delete)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who to ask next messages</source>
        <translation>Meldingen bij Wie vraag je nu?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show again</source>
        <translation>Weer tonen</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>For your goal: %1</source>
        <translation>Voor je doel: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%n person fits</source>
        <translation>%n persoon past</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n people fit</source>
        <translation>%n mensen passen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The best %1 of %2 people</source>
        <translation>De beste %1 van %2 mensen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No one in your contacts does this work yet, as far as NetPlanner can tell. Ask someone to think along: they may know such people.</source>
        <translation>Voor zover NetPlanner kan zien, doet nog niemand in je contacten dit werk. Vraag iemand om mee te denken: die kent zulke mensen misschien.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No warm contacts yet. Say in Contacts how you know people, and note the conversations you held.</source>
        <translation>Nog geen warme contacten. Vul bij Contacten in hoe je mensen kent, en noteer de gesprekken die je voerde.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Select someone to see why they are suggested.</source>
        <translation>Selecteer iemand om te zien waarom die wordt voorgesteld.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ask %1…</source>
        <translation>%1 vragen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why %1:</source>
        <translation>Waarom %1:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Ask %1</source>
        <translation>%1 vragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not asked</source>
        <translation>Niet gevraagd</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not now: %1</source>
        <translation>Nu niet: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not hidden</source>
        <translation>Niet verborgen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is left out of this goal&apos;s lists for %2 weeks.</source>
        <translation>%1 blijft %2 weken uit de lijsten van dit doel.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show %1 again</source>
        <translation>%1 weer tonen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is suggested again.</source>
        <translation>%1 wordt weer voorgesteld.</translation>
    </message>
</context>
<context>
    <name>PlanSection</name>
    <message>
        <location filename="../../netplanner/gui/conversations/plan_section.py" line="+52"/>
        <source>The plan in short</source>
        <translation>Het plan in het kort</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Show the plan details</source>
        <translation>Plan uitklappen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the date, place, duration, kind, goal, purpose and notes</source>
        <translation>Toon datum, plaats, duur, soort, doel, bedoeling en notities</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide the plan details</source>
        <translation>Plan inklappen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fold the planning fields away so the question lists get more room</source>
        <translation>Klap de planvelden in, zodat de vragenlijsten meer ruimte krijgen</translation>
    </message>
</context>
<context>
    <name>PracticeConnect</name>
    <message>
        <location filename="../../netplanner/gui/practice_connect.py" line="+55"/>
        <source>Not connected</source>
        <extracomment>What asks the user: (remembered address, password from the keyring, can remember) -&gt; (address, password, remember), or None when cancelled. Tests pass their own.</extracomment>
        <translation>Niet verbonden</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Connected to %1</source>
        <translation>Verbonden met %1</translation>
    </message>
</context>
<context>
    <name>PrintWeek</name>
    <message>
        <location filename="../../netplanner/gui/today/print_week.py" line="+75"/>
        <source>Prep sheets not saved</source>
        <translation>Gespreksvoorbereidingen niet opgeslagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to print</source>
        <translation>Niets om af te drukken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No conversations are planned from %1 to %2.</source>
        <translation>Er zijn geen gesprekken gepland van %1 tot %2.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>No program to show PDF files was found. The prep sheets are saved as %1; open it with a PDF viewer to print them.</source>
        <translation>Er is geen programma gevonden dat pdf-bestanden toont. De gespreksvoorbereidingen staan in %1; open dat bestand met een pdf-viewer om ze af te drukken.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Save the prep sheets</source>
        <translation>Gespreksvoorbereidingen opslaan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The folder %1 does not exist.</source>
        <translation>De map %1 bestaat niet.</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Gathering the prep sheets…</source>
        <translation>Gespreksvoorbereidingen verzamelen…</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>prep-sheets-%1-to-%2</source>
        <extracomment>A file name for the prep sheets of several days: %1 is the first day, %2 the last (2026-11-09). Letters and dashes, no spaces.</extracomment>
        <translation>voorbereidingen-%1-tot-%2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Prep sheets not printed</source>
        <translation>Gespreksvoorbereidingen niet afgedrukt</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print the week</source>
        <translation>De week afdrukken</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Making the PDF…</source>
        <translation>De pdf maken…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The prep sheets could not be saved as %1. %2</source>
        <translation>De gespreksvoorbereidingen konden niet worden opgeslagen als %1. %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Something went wrong while making the prep sheets: %1</source>
        <translation>Er ging iets mis bij het maken van de gespreksvoorbereidingen: %1</translation>
    </message>
</context>
<context>
    <name>PrintWeekBox</name>
    <message>
        <location filename="../../netplanner/gui/today/side_panel.py" line="+158"/>
        <source>Print the week</source>
        <translation>De week afdrukken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pr&amp;int the week…</source>
        <translation>De week a&amp;fdrukken…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the prep sheets of every conversation in this period in your PDF viewer, to print them from there</source>
        <translation>Open de gespreksvoorbereidingen van alle gesprekken in deze periode in je pdf-viewer om ze daar af te drukken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as PDF…</source>
        <translation>Opslaan als pdf…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save one PDF with the prep sheet of every conversation in this period</source>
        <translation>Sla één pdf op met de gespreksvoorbereiding van elk gesprek in deze periode</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>F&amp;rom:</source>
        <translation>V&amp;an:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Until:</source>
        <translation>Tot en &amp;met:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All prep sheets of the conversations in a period, in time order.</source>
        <translation>Alle gespreksvoorbereidingen van de gesprekken in een periode, op volgorde van tijd.</translation>
    </message>
</context>
<context>
    <name>ProgressTab</name>
    <message>
        <location filename="../../netplanner/gui/progress/tab.py" line="+75"/>
        <source>Last %1 weeks</source>
        <extracomment>The periods the user can pick, in weeks.</extracomment>
        <translation>Laatste %1 weken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Show:</source>
        <translation>&amp;Toon:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Conversations held per week</source>
        <translation>Gevoerde gesprekken per week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted in the week they took place.</source>
        <translation>Geteld in de week waarin ze plaatsvonden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Names gained per conversation</source>
        <translation>Gekregen namen per gesprek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New contacts you got from the conversations held that week.</source>
        <translation>Nieuwe contacten die je kreeg uit de gesprekken van die week.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your network</source>
        <translation>Je netwerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many contacts you had at the end of each week.</source>
        <translation>Hoeveel contacten je had aan het eind van elke week.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From asking to thanking</source>
        <translation>Van vragen tot bedanken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations asked in this period, and how far each one got.</source>
        <translation>Gesprekken die in deze periode zijn gevraagd, en hoe ver elk gesprek kwam.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing to show yet</source>
        <translation>Nog niets te zien</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add the people you know and plan your first conversations. Once you hold them and note the names people give you, you will see here how your network grows, week by week.</source>
        <translation>Voeg de mensen toe die je kent en plan je eerste gesprekken. Zodra je ze voert en de namen noteert die mensen je geven, zie je hier week na week hoe je netwerk groeit.</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+56"/>
        <source>%n conversation held</source>
        <translation>%n gesprek gevoerd</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+56"/>
        <source>%n conversations held</source>
        <translation>%n gesprekken gevoerd</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>No conversations held in these weeks yet.</source>
        <translation>Nog geen gesprekken gevoerd in deze weken.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No names from conversations in these weeks yet.</source>
        <translation>Nog geen namen uit gesprekken in deze weken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%n contact</source>
        <translation>%n contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n contacts</source>
        <translation>%n contacten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contacts yet.</source>
        <translation>Nog geen contacten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 van %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No conversations asked in these weeks yet.</source>
        <translation>Nog geen gesprekken gevraagd in deze weken.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+12"/>
        <source>Week of %1: %2</source>
        <translation>Week van %1: %2</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>no conversations held</source>
        <translation>geen gesprekken gevoerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 names per conversation</source>
        <translation>%1 namen per gesprek</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%n name gained</source>
        <translation>%n naam gekregen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n names gained</source>
        <translation>%n namen gekregen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n contact added</source>
        <translation>%n contact toegevoegd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n contacts added</source>
        <translation>%n contacten toegevoegd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the last %1 weeks: %2</source>
        <translation>In de laatste %1 weken: %2</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../netplanner/gui/prompts.py" line="+29"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <location filename="../../netplanner/gui/banks/question_editor.py" line="+66"/>
        <source>Type a question and press Enter</source>
        <extracomment>Finds the question in the bank that is the same as ``text``; returns its id and its number (1-based), or None. How long typing must pause before the question is checked.</extracomment>
        <translation>Typ een vraag en druk op Enter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Question text</source>
        <translation>Tekst van de vraag</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the text as a new question at the end of the bank</source>
        <translation>Voeg de tekst toe als nieuwe vraag, achteraan in de vragenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ave changes</source>
        <translation>Wijzigingen o&amp;pslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changed text and category (Enter)</source>
        <translation>Sla de gewijzigde tekst en categorie op (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+97"/>
        <source>New question</source>
        <translation>Nieuwe vraag</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Stop editing and type a new question (Esc)</source>
        <translation>Stop met bewerken en typ een nieuwe vraag (Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Categ&amp;ory:</source>
        <translation>Categor&amp;ie:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Question te&amp;xt:</source>
        <translation>Tek&amp;st van de vraag:</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+24"/>
        <source>Edit question %1</source>
        <translation>Vraag %1 bewerken</translation>
    </message>
</context>
<context>
    <name>QuestionModel</name>
    <message>
        <location filename="../../netplanner/gui/banks/question_model.py" line="+112"/>
        <source>A warning sign marks a question that is not yet an open question</source>
        <extracomment>True on the first visible row of a run of one category. The checker&apos;s findings for the question (a tuple; empty for an open question).</extracomment>
        <translation>Een waarschuwingsteken staat bij een vraag die nog geen open vraag is</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Not yet an open question:</source>
        <translation>Nog geen open vraag:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not an open question: %1</source>
        <translation>Geen open vraag: %1</translation>
    </message>
</context>
<context>
    <name>QuestionPicker</name>
    <message>
        <location filename="../../netplanner/gui/conversations/question_picker.py" line="+68"/>
        <source>All categories</source>
        <extracomment>Something the user would want to save changed (list, order or an answer).</extracomment>
        <translation>Alle categorieën</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add →</source>
        <translation>Toevoegen →</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the selected questions at the end of the chosen list (or press Enter, or double-click); drag them to put them in a particular place</source>
        <translation>Voeg de geselecteerde vragen achteraan de lijst met gekozen vragen toe (of druk op Enter, of dubbelklik); sleep ze om ze op een bepaalde plek te zetten</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+225"/>
        <source>Suggest a set</source>
        <translation>Stel een set voor</translation>
    </message>
    <message>
        <location line="-208"/>
        <source>Question list messages</source>
        <translation>Meldingen bij de vragenlijst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Bank:</source>
        <translation>V&amp;ragenbank:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category:</source>
        <translation>Categorie:</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Fill the chosen list with about %1 questions from this bank for a %2-minute conversation, from the work itself to who else to talk to</source>
        <translation>Vul de lijst met gekozen vragen met ongeveer %1 vragen uit deze vragenbank voor een gesprek van %2 minuten, van het werk zelf tot met wie je nog meer kunt praten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This bank has no questions to suggest.</source>
        <translation>Deze vragenbank heeft geen vragen om voor te stellen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Suggested %1 questions for a %2-minute conversation.</source>
        <translation>%1 vragen voorgesteld voor een gesprek van %2 minuten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggested %1 questions for about %2 minutes (no duration set).</source>
        <translation>%1 vragen voorgesteld voor ongeveer %2 minuten (geen duur ingevuld).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag, add or remove questions to make it yours.</source>
        <translation>Sleep, voeg toe of haal weg om er je eigen lijst van te maken.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Replace the chosen question with a suggested set of %1?</source>
        <translation>De gekozen vraag vervangen door een voorgestelde set van %1?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the %2 chosen questions with a suggested set of %1?</source>
        <translation>De %2 gekozen vragen vervangen door een voorgestelde set van %1?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answers you noted stay with questions that are in the new set; the others go.</source>
        <translation>Antwoorden die je noteerde, blijven bij vragen die in de nieuwe set staan; de andere verdwijnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Add the selected questions to the conversation</source>
        <translation>Voeg de geselecteerde vragen toe aan het gesprek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
</context>
<context>
    <name>QuestionSearchModel</name>
    <message>
        <location filename="../../netplanner/gui/banks/search_model.py" line="+100"/>
        <source>Bank</source>
        <extracomment>Longer bank names are cut in the results (the tooltip has the whole name).</extracomment>
        <translation>Vragenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Question %1 in “%2”. Double-click or press Enter to open it.</source>
        <translation>Vraag %1 in “%2”. Dubbelklik of druk op Enter om hem te openen.</translation>
    </message>
</context>
<context>
    <name>RecordNamesDialog</name>
    <message>
        <location filename="../../netplanner/gui/names/dialog.py" line="+86"/>
        <source>%1 led you to %2, so %2 cannot have introduced %1.</source>
        <translation>%1 bracht je bij %2, dus %2 kan %1 niet hebben voorgesteld.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record names you got</source>
        <translation>Gekregen namen noteren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names %1 gave you</source>
        <translation>Namen die %1 je gaf</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add each person they mentioned: a new name, or someone already in your contacts. They are saved as introduced by %1, so you can always see how you got to them.</source>
        <translation>Voeg iedereen toe die genoemd werd: een nieuwe naam, of iemand die al in je contacten staat. Ze worden opgeslagen als voorgesteld door %1, zodat je altijd ziet hoe je bij ze kwam.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Conversation of %1.</source>
        <translation>Gesprek van %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What you noted: %1</source>
        <translation>Wat je noteerde: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role</source>
        <translation>&amp;Functie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plan</source>
        <translation>&amp;Plannen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Add another name</source>
        <translation>Nog een n&amp;aam toevoegen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save names</source>
        <translation>Namen op&amp;slaan</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Note names</source>
        <translation>Namen noteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names not saved</source>
        <translation>Namen niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../../netplanner/gui/backup_dialog.py" line="+26"/>
        <source>Restore from backup</source>
        <translation>Herstellen uit back-up</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the backup to go back to. What you have now is backed up first, so you can always return to it.</source>
        <translation>Kies de back-up waar je naar terug wilt. Van wat je nu hebt, wordt eerst een back-up gemaakt, zodat je er altijd naar terug kunt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Restore this backup</source>
        <translation>Deze back-up &amp;terugzetten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There are no backups yet. NetPlanner makes one each day it is started, and before every upgrade.</source>
        <translation>Er zijn nog geen back-ups. NetPlanner maakt er een op elke dag dat het wordt gestart, en vóór elke upgrade.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Daily</source>
        <translation>Dagelijks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before an upgrade</source>
        <translation>Vóór een upgrade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a restore</source>
        <translation>Vóór het terugzetten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by you</source>
        <translation>Door jou gemaakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>damaged</source>
        <translation>beschadigd</translation>
    </message>
</context>
<context>
    <name>RoutinesBox</name>
    <message>
        <location filename="../../netplanner/gui/today/side_panel.py" line="-95"/>
        <source>Routines</source>
        <translation>Routines</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Than&amp;k-you the day after a conversation</source>
        <translation>Bedank&amp;je de dag na een gesprek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nudge when an ask gets no reply</source>
        <translation>Her&amp;inneren bij geen antwoord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After 3 working days without a reply, ask a second person to think along; after 7 working days, follow up once.</source>
        <translation>Na 3 werkdagen zonder antwoord vraag je een tweede persoon om mee te denken; na 7 werkdagen stuur je één keer een herinnering.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Stay in touch with people who helped</source>
        <translation>Contact houden met mensen die hiel&amp;pen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> weeks</source>
        <translation> weken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get back in touch after</source>
        <translation>Weer contact opnemen na</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after n&amp;o contact for</source>
        <translation>na geen contact gedu&amp;rende</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>NetPlanner suggests follow-ups from your conversations:</source>
        <translation>NetPlanner stelt vervolgacties voor op basis van je gesprekken:</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../../netplanner/gui/banks/search_results.py" line="+39"/>
        <source>Double-click a question, or select it and press Enter, to open its bank.</source>
        <extracomment>(bank id, question id) of the result the user opened.</extracomment>
        <translation>Dubbelklik op een vraag, of selecteer hem en druk op Enter, om zijn vragenbank te openen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Questions found in all banks</source>
        <translation>Gevonden vragen in alle vragenbanken</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No question in the shown banks matches.</source>
        <translation>Geen vraag in de getoonde vragenbanken komt overeen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%n question</source>
        <translation>%n vraag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n questions</source>
        <translation>%n vragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n bank</source>
        <translation>%n vragenbank</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n banks</source>
        <translation>%n vragenbanken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 found in %2</source>
        <translation>%1 gevonden in %2</translation>
    </message>
</context>
<context>
    <name>SheetExport</name>
    <message>
        <location filename="../../netplanner/gui/conversations/sheet_export.py" line="+83"/>
        <location line="+28"/>
        <location line="+11"/>
        <location line="+13"/>
        <source>Prep sheet not saved</source>
        <translation>Gespreksvoorbereiding niet opgeslagen</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Save prep sheet</source>
        <translation>Gespreksvoorbereiding opslaan</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>prep-sheet</source>
        <extracomment>The start of a prep sheet&apos;s file name, before the person&apos;s name and the date (&quot;prep-sheet-Carla-Smit-2026-11-24.pdf&quot;): letters and dashes, no spaces.</extracomment>
        <translation>voorbereiding</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>The folder %1 does not exist.</source>
        <translation>De map %1 bestaat niet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The prep sheet could not be saved as %1. %2</source>
        <translation>De gespreksvoorbereiding kon niet worden opgeslagen als %1. %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Something went wrong while making the prep sheet: %1</source>
        <translation>Er ging iets mis bij het maken van de gespreksvoorbereiding: %1</translation>
    </message>
</context>
<context>
    <name>SheetPrint</name>
    <message>
        <location filename="../../netplanner/gui/conversations/sheet_print.py" line="+97"/>
        <source>Prep sheet not printed</source>
        <translation>Gespreksvoorbereiding niet afgedrukt</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>NetPlanner could not make its print folder: %1</source>
        <translation>NetPlanner kon zijn map voor afdrukken niet maken: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No program to show PDF files was found. The prep sheet is saved as %1; open it with a PDF viewer to print it.</source>
        <translation>Er is geen programma gevonden dat pdf-bestanden toont. De gespreksvoorbereiding is opgeslagen als %1; open hem met een pdf-viewer om hem af te drukken.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../netplanner/gui/shortcuts_dialog.py" line="+158"/>
        <location line="+15"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Everything in NetPlanner works from the keyboard. Tab and Shift+Tab move between fields; Alt with an underlined letter goes to that tab, field, button or menu.</source>
        <translation>Alles in NetPlanner werkt met het toetsenbord. Tab en Shift+Tab gaan van veld naar veld; Alt met een onderstreepte letter gaat naar dat tabblad, veld, die knop of dat menu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Shortcut</source>
        <translation>Sneltoets</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Does</source>
        <translation>Wat het doet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
</context>
<context>
    <name>StaleForm</name>
    <message>
        <location filename="../../netplanner/gui/stale_form.py" line="+35"/>
        <source>Reload shows it as it is now and copies what you typed to the clipboard, so you can paste back what you still need. Keep editing leaves your text in the form (it cannot be saved over their change until you reload).</source>
        <extracomment>What each form showed when it last showed a stored item (see :func:`remember_shown`).</extracomment>
        <translation>Opnieuw laden toont het zoals het nu is en kopieert wat jij typte naar het klembord, zodat je terug kunt plakken wat je nog nodig hebt. Verder bewerken laat je tekst in het formulier staan (bewaren over hun wijziging kan pas nadat je opnieuw hebt geladen).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reload</source>
        <translation>Opnieuw laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Verder bewerken</translation>
    </message>
</context>
<context>
    <name>SuggestionList</name>
    <message>
        <location filename="../../netplanner/gui/goals/suggestion_list.py" line="+55"/>
        <source>= %1 in all</source>
        <translation>= %1 in totaal</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Why %1:</source>
        <translation>Waarom %1:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>score %1</source>
        <translation>score %1</translation>
    </message>
</context>
<context>
    <name>TextTableModel</name>
    <message>
        <location filename="../../netplanner/gui/transfer/import_models.py" line="-103"/>
        <source>Ticked: imported. Not ticked: this row is left out.</source>
        <extracomment>Whether the first column holds row numbers (right-aligned); else the last column holds a count.</extracomment>
        <translation>Aangevinkt: wordt geïmporteerd. Niet aangevinkt: deze rij wordt weggelaten.</translation>
    </message>
</context>
<context>
    <name>TodaySection</name>
    <message>
        <location filename="../../netplanner/gui/today/rows.py" line="+81"/>
        <source>%1 (%2)</source>
        <extracomment>The row widgets a keyboard user tabs through, in reading order.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show all %1</source>
        <translation>Alle %1 tonen</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>the conversation</source>
        <translation>het gesprek</translation>
    </message>
</context>
<context>
    <name>TodayTab</name>
    <message>
        <location filename="../../netplanner/gui/today/tab.py" line="+62"/>
        <location line="+21"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>A&amp;dd follow-up…</source>
        <translation>Vervo&amp;lgactie toevoegen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Names to approach</source>
        <translation>Namen om te benaderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Over tijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing else for today.</source>
        <translation>Verder niets voor vandaag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing planned for the coming seven days.</source>
        <translation>Niets gepland voor de komende zeven dagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thank-yous to send</source>
        <translation>Nog te bedanken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Everyone you talked with has been thanked.</source>
        <translation>Iedereen met wie je sprak, is bedankt.</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;Nothing is due. Well done!&lt;/p&gt;&lt;p&gt;A good moment to plan a conversation: who could think along with you, or who does the work you want? Plan it in the Conversations tab.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;Er staat niets open. Goed bezig!&lt;/p&gt;&lt;p&gt;Een mooi moment om een gesprek te plannen: wie zou met je mee kunnen denken, of wie doet het werk dat jij wilt doen? Plan het op het tabblad Gesprekken.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Mark done</source>
        <translation>Markeren als gedaan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dismiss</source>
        <translation>Negeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not marked done</source>
        <translation>Niet als gedaan gemarkeerd</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not now</source>
        <translation>Nu niet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not hidden</source>
        <translation>Niet verborgen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Snooze</source>
        <translation>Uitstellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not snoozed</source>
        <translation>Niet uitgesteld</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Add follow-up</source>
        <translation>Vervolgactie toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up not added</source>
        <translation>Vervolgactie niet toegevoegd</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add the follow-up “%1” first?</source>
        <translation>Eerst de vervolgactie “%1” toevoegen?</translation>
    </message>
    <message>
        <location filename="../../netplanner/gui/today/print_week.py" line="+46"/>
        <source>%n prep sheet opened to print</source>
        <translation>%n gespreksvoorbereiding geopend om af te drukken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n prep sheets opened to print</source>
        <translation>%n gespreksvoorbereidingen geopend om af te drukken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%n prep sheet saved to %1</source>
        <translation>%n gespreksvoorbereiding opgeslagen in %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n prep sheets saved to %1</source>
        <translation>%n gespreksvoorbereidingen opgeslagen in %1</translation>
    </message>
</context>
<context>
    <name>TodayTexts</name>
    <message>
        <location filename="../../netplanner/gui/today/rows.py" line="+23"/>
        <location filename="../../netplanner/gui/today/texts.py" line="+96"/>
        <source>Yesterday</source>
        <translation>Gisteren</translation>
    </message>
    <message>
        <location filename="../../netplanner/gui/today/texts.py" line="-71"/>
        <source>Approach</source>
        <translation>Benaderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approach (via %1)</source>
        <translation>Benaderen (via %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send a thank-you</source>
        <translation>Stuur een bedankje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No reply yet: ask a second person to think along</source>
        <translation>Nog geen antwoord: vraag een tweede persoon om mee te denken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Still no reply: follow up once</source>
        <translation>Nog steeds geen antwoord: stuur één keer een herinnering</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Get back in touch</source>
        <translation>Neem weer contact op</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open the conversation to prepare it or print its prep sheet.</source>
        <translation>Open het gesprek om het voor te bereiden of de gespreksvoorbereiding af te drukken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Someone gave you this name in a conversation. Get in touch soon, say who gave you their name, and ask for a conversation.</source>
        <translation>Iemand gaf je deze naam in een gesprek. Neem snel contact op, zeg wie je de naam gaf en vraag om een gesprek.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Thank people the day after talking with them: a short message saying what you took away. It also keeps the door open.</source>
        <translation>Bedank mensen de dag na jullie gesprek: een kort bericht met wat je eraan hebt gehad. Zo blijft ook de deur open.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>3B7 routine: 3 working days without a reply? Do not wait on one person: ask someone else to think along too.</source>
        <translation>3B7-routine: 3 werkdagen geen antwoord? Wacht niet op één persoon: vraag ook iemand anders om mee te denken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>3B7 routine: 7 working days without a reply? Follow up once, kindly; then let it go.</source>
        <translation>3B7-routine: 7 werkdagen geen antwoord? Stuur één keer een vriendelijke herinnering; laat het daarna los.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This person helped you. Let them know how it is going: people like to hear what came of their help.</source>
        <translation>Deze persoon heeft je geholpen. Laat weten hoe het gaat: mensen horen graag wat hun hulp heeft opgeleverd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(Suggested by NetPlanner; switch routines off on the right.)</source>
        <translation>(Voorgesteld door NetPlanner; zet routines rechts uit.)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%n name to approach</source>
        <translation>%n naam om te benaderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n names to approach</source>
        <translation>%n namen om te benaderen</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>%n overdue</source>
        <translation>%n over tijd</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>%n for today</source>
        <translation>%n voor vandaag</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>%n this week</source>
        <translation>%n deze week</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%n thank-you to send</source>
        <translation>%n bedankje te sturen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n thank-yous to send</source>
        <translation>%n bedankjes te sturen</translation>
    </message>
</context>
<context>
    <name>TransferExports</name>
    <message>
        <location filename="../../netplanner/gui/transfer/export_actions.py" line="+55"/>
        <source>Export contacts as CSV</source>
        <translation>Contacten exporteren als csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>netplanner-contacts</source>
        <extracomment>The start of a default file name: letters and dashes, no spaces.</extracomment>
        <translation>netplanner-contacten</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Spreadsheets (*.csv);;All files (*)</source>
        <translation>Spreadsheets (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source>Exported %n contact to %1.</source>
        <translation>%n contact geëxporteerd naar %1.</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+13"/>
        <source>Exported %n contacts to %1.</source>
        <translation>%n contacten geëxporteerd naar %1.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Export contacts as vCard</source>
        <translation>Contacten exporteren als vCard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vCard files (*.vcf);;All files (*)</source>
        <translation>vCard-bestanden (*.vcf);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing to export</source>
        <translation>Niets om te exporteren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no upcoming conversations with a date and time yet. Give a planned conversation a date, then export again.</source>
        <translation>Er zijn nog geen komende gesprekken met een datum en tijd. Geef een gepland gesprek een datum en exporteer dan opnieuw.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export upcoming conversations to a calendar</source>
        <translation>Komende gesprekken exporteren naar een agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>netplanner-conversations</source>
        <translation>netplanner-gesprekken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar files (*.ics);;All files (*)</source>
        <translation>Agendabestanden (*.ics);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exported %n upcoming conversation to %1. Open the file with your calendar program to add it.</source>
        <translation>%n komend gesprek geëxporteerd naar %1. Open het bestand met je agendaprogramma om het toe te voegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported %n upcoming conversations to %1. Open the file with your calendar program to add them.</source>
        <translation>%n komende gesprekken geëxporteerd naar %1. Open het bestand met je agendaprogramma om ze toe te voegen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export everything as JSON</source>
        <translation>Alles exporteren als JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>netplanner-archive</source>
        <translation>netplanner-archief</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+68"/>
        <source>NetPlanner archives (*.json);;All files (*)</source>
        <translation>NetPlanner-archieven (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Saved everything in %1. Keep it somewhere safe: with Import ▸ Restore from JSON archive it fills an empty data file again.</source>
        <translation>Alles opgeslagen in %1. Bewaar het op een veilige plek: met Importeren ▸ Herstellen uit JSON-archief vul je er weer een leeg gegevensbestand mee.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not exported</source>
        <translation>Niet geëxporteerd</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exported</source>
        <translation>Geëxporteerd</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not restored</source>
        <translation>Niet hersteld</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore from JSON archive</source>
        <translation>Herstellen uit JSON-archief</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Restored</source>
        <translation>Hersteld</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored from %1: %2 contacts, %3 conversations, %4 goals, %5 question banks and %6 follow-ups.</source>
        <translation>Hersteld uit %1: %2 contacten, %3 gesprekken, %4 doelen, %5 vragenbanken en %6 vervolgacties.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%n contact</source>
        <translation>%n contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n contacts</source>
        <translation>%n contacten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n conversation</source>
        <translation>%n gesprek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n conversations</source>
        <translation>%n gesprekken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n goal</source>
        <translation>%n doel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n goals</source>
        <translation>%n doelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n follow-up</source>
        <translation>%n vervolgactie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n follow-ups</source>
        <translation>%n vervolgacties</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%n question bank of your own</source>
        <translation>%n eigen vragenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n question banks of your own</source>
        <translation>%n eigen vragenbanken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>things you made</source>
        <translation>dingen die je zelf hebt gemaakt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This data file already holds %1. An archive is only restored into an empty data file, so nothing gets mixed up or lost. To restore it, start NetPlanner with a new data file (netplanner --db NEW-FILE.sqlite3) and restore there.</source>
        <translation>Dit gegevensbestand bevat al %1. Een archief wordt alleen hersteld in een leeg gegevensbestand, zodat niets door elkaar raakt of verloren gaat. Start NetPlanner met een nieuw gegevensbestand (netplanner --db NIEUW-BESTAND.sqlite3) en herstel het archief daar.</translation>
    </message>
</context>
<context>
    <name>TransferFields</name>
    <message>
        <location filename="../../netplanner/gui/transfer/field_labels.py" line="+13"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Name particle (van, de…)</source>
        <translation>Tussenvoegsel (van, de…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role (job title)</source>
        <translation>Functie (beroep)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Specialism</source>
        <translation>Specialisme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LinkedIn URL</source>
        <translation>LinkedIn-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How you know each other</source>
        <translation>Hoe jullie elkaar kennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Introduced by</source>
        <translation>Voorgesteld door</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>— ignore —</source>
        <translation>— negeren —</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+3"/>
        <source>Middle names</source>
        <translation>Tweede namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title before the name</source>
        <translation>Titel voor de naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suffix after the name</source>
        <translation>Toevoeging na de naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts of the name</source>
        <translation>Delen van de naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nickname</source>
        <translation>Bijnaam</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Department (in the notes)</source>
        <translation>Afdeling (in de notities)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province or state</source>
        <translation>Provincie of staat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>Verjaardag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday (year)</source>
        <translation>Verjaardag (jaar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday (month)</source>
        <translation>Verjaardag (maand)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday (day)</source>
        <translation>Verjaardag (dag)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind of the next address or number</source>
        <translation>Soort van het volgende adres of nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UID (to recognise the card again)</source>
        <translation>UID (om de kaart terug te herkennen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind of e-mail address</source>
        <translation>Soort e-mailadres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of phone number</source>
        <translation>Soort telefoonnummer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>preferred</source>
        <translation>voorkeur</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>— left out —</source>
        <translation>— weggelaten —</translation>
    </message>
</context>
<context>
    <name>TransferMenu</name>
    <message>
        <location filename="../../netplanner/gui/transfer/menu.py" line="+29"/>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;LinkedIn connections…</source>
        <translation>&amp;LinkedIn-connecties…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import Connections.csv from the data export LinkedIn sends you</source>
        <translation>Importeer Connections.csv uit de gegevensexport die LinkedIn je stuurt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contacts from a &amp;vCard file…</source>
        <translation>Contacten uit een &amp;vCard-bestand…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a .vcf file exported from your phone or e-mail program</source>
        <translation>Importeer een .vcf-bestand dat je uit je telefoon of e-mailprogramma hebt geëxporteerd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Spreadsheet (CSV)…</source>
        <translation>&amp;Spreadsheet (csv)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a list of people saved as CSV; you say which column holds what</source>
        <translation>Importeer een lijst met mensen die als csv is opgeslagen; jij zegt welke kolom wat bevat</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Restore from JSON archive…</source>
        <translation>&amp;Herstellen uit JSON-archief…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill an empty data file from an archive made with Export</source>
        <translation>Vul een leeg gegevensbestand vanuit een archief dat met Exporteren is gemaakt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xporteren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contacts as &amp;CSV…</source>
        <translation>Contacten als &amp;csv…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every contact as a spreadsheet (CSV)</source>
        <translation>Alle contacten als spreadsheet (csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contacts as &amp;vCard…</source>
        <translation>Contacten als &amp;vCard…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every contact as a .vcf file for your phone or e-mail program</source>
        <translation>Alle contacten als .vcf-bestand voor je telefoon of e-mailprogramma</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Upcoming conversations to calendar (.ics)…</source>
        <translation>&amp;Komende gesprekken naar agenda (.ics)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Planned conversations as calendar events</source>
        <translation>Geplande gesprekken als afspraken in je agenda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Everything as JSON…</source>
        <translation>&amp;Alles als JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A complete archive of your data, to keep or to move to another computer</source>
        <translation>Een volledig archief van je gegevens, om te bewaren of naar een andere computer te verhuizen</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../netplanner/gui/undo.py" line="+107"/>
        <source>Take back the last change to your data</source>
        <extracomment>Takes a step of the undo log back (the label names it in a message if that fails) and announces what it changes; returns the step that takes that back again. Writes with this key that follow this one become part of it (see AppContext.write). Longer labels are cut short in the menu, which would otherwise grow as wide as them.</extracomment>
        <translation>Draai de laatste wijziging in je gegevens terug</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Do again what Undo took back</source>
        <translation>Voer opnieuw uit wat Ongedaan maken heeft teruggedraaid</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Undo %1</source>
        <translation>%1 &amp;ongedaan maken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Redo %1</source>
        <translation>%1 opnieuw &amp;uitvoeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;uitvoeren</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Undo the last change</source>
        <translation>Maak de laatste wijziging ongedaan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Redo what Undo took back</source>
        <translation>Voer opnieuw uit wat Ongedaan maken heeft teruggedraaid</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="../../netplanner/gui/unsaved.py" line="+40"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard changes</source>
        <translation>Wijzigingen weggooien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Verder bewerken</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../netplanner/gui/welcome.py" line="+185"/>
        <source>Load example network</source>
        <translation>Voorbeeldnetwerk laden</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location line="-136"/>
        <source>Welcome to NetPlanner</source>
        <translation>Welkom bij NetPlanner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find work through the people you know</source>
        <translation>Vind werk via de mensen die je kent</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;Say &lt;b&gt;concretely&lt;/b&gt; what you are looking for: a role with its specialism, and if you can a region and a kind of organisation. Do not ask for a job; ask people one by one: &lt;i&gt;“Would you think along with me?”&lt;/i&gt; Every conversation can give you new names, so you reach people you did not know yet &lt;b&gt;via-via&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Talk above all with people &lt;b&gt;who do the work&lt;/b&gt; you want, and ask them &lt;b&gt;open questions&lt;/b&gt;: how they got there, what the work is really like, whom else to talk to. Keep it up, and after a while people start calling &lt;i&gt;you&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Zeg &lt;b&gt;concreet&lt;/b&gt; wat je zoekt: een functie met het specialisme erbij, en als het kan een regio en een soort organisatie. Vraag niet om een baan; vraag mensen één voor één: &lt;i&gt;“Wil je met me meedenken?”&lt;/i&gt; Elk gesprek kan je nieuwe namen opleveren, zodat je &lt;b&gt;via-via&lt;/b&gt; mensen bereikt die je nog niet kende.&lt;/p&gt;&lt;p&gt;Praat vooral met mensen &lt;b&gt;die het werk doen&lt;/b&gt; dat jij wilt doen, en stel ze &lt;b&gt;open vragen&lt;/b&gt;: hoe ze daar gekomen zijn, hoe het werk echt is, met wie je nog meer kunt praten. Houd het vol, en na een tijdje gaan mensen &lt;i&gt;jou&lt;/i&gt; bellen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone you know and everyone you get introduced to, and who introduced whom.</source>
        <translation>Iedereen die je kent en iedereen aan wie je wordt voorgesteld, en wie wie heeft voorgesteld.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan each conversation, choose its questions, print a prep sheet to take along, and afterwards note what you heard and the names you got.</source>
        <translation>Plan elk gesprek, kies de vragen, druk een gespreksvoorbereiding af om mee te nemen, en noteer achteraf wat je hoorde en welke namen je kreeg.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Question banks</source>
        <translation>Vragenbanken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good open questions in English and Dutch, ready to use, and room for your own.</source>
        <translation>Goede open vragen in het Nederlands en Engels, klaar voor gebruik, en ruimte voor je eigen vragen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Today shows what to do next, Goals writes your ask, and Help ▸ Welcome brings this window back.</source>
        <translation>Vandaag laat zien wat je nu kunt doen, Doelen schrijft je vraag, en Help ▸ Welkom haalt dit venster terug.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your data file is empty. Would you like to look around in an example network first? You can delete the example contacts at any time.</source>
        <translation>Je gegevensbestand is leeg. Wil je eerst rondkijken in een voorbeeldnetwerk? Je kunt de voorbeeldcontacten altijd weer verwijderen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Load &amp;example network</source>
        <translation>&amp;Voorbeeldnetwerk laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start empty</source>
        <translation>&amp;Leeg beginnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Get started</source>
        <translation>&amp;Aan de slag</translation>
    </message>
</context>
<context>
    <name>WhenEdit</name>
    <message>
        <location filename="../../netplanner/gui/conversations/fields.py" line="+56"/>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date not fixed yet</source>
        <translation>Datum staat nog niet vast</translation>
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <location filename="../../netplanner/gui/conversations/chosen_list.py" line="-22"/>
        <source>Not yet an open question:</source>
        <translation>Nog geen open vraag:</translation>
    </message>
</context>
</TS>
