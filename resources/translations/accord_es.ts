<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="101"/>
        <source>Move agenda item</source>
        <translation>Mover punto del orden del día</translation>
    </message>
</context>
<context>
    <name>AttendeesEditor</name>
    <message>
        <location filename="../../app/ui/attendees.py" line="99"/>
        <location filename="../../app/ui/attendees.py" line="102"/>
        <source>Attendees</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendees.py" line="100"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendees.py" line="101"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendees.py" line="102"/>
        <source>Party</source>
        <translation>Parte</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendees.py" line="103"/>
        <source>Delegate</source>
        <translation>Delegado</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendees.py" line="103"/>
        <source>Role at the meeting</source>
        <translation>Función en la reunión</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendees.py" line="104"/>
        <location filename="../../app/ui/attendees.py" line="135"/>
        <source>Add attendee</source>
        <translation>Añadir asistente</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendees.py" line="105"/>
        <location filename="../../app/ui/attendees.py" line="141"/>
        <source>Remove attendee</source>
        <translation>Quitar asistente</translation>
    </message>
</context>
<context>
    <name>AttendeesModel</name>
    <message>
        <location filename="../../app/ui/attendees.py" line="54"/>
        <source>Delegate</source>
        <translation>Delegado</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendees.py" line="54"/>
        <source>Party</source>
        <translation>Parte</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendees.py" line="54"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
</context>
<context>
    <name>CadenceDialog</name>
    <message>
        <location filename="../../app/ui/cadence_dialog.py" line="41"/>
        <source>Review cadence</source>
        <translation>Frecuencia de revisión</translation>
    </message>
    <message>
        <location filename="../../app/ui/cadence_dialog.py" line="43"/>
        <source>Reviews take place</source>
        <translation>Las revisiones son</translation>
    </message>
    <message>
        <location filename="../../app/ui/cadence_dialog.py" line="43"/>
        <source>First review</source>
        <translation>Primera revisión</translation>
    </message>
    <message>
        <location filename="../../app/ui/cadence_dialog.py" line="46"/>
        <source>every three months; the last Thursday of each quarter</source>
        <translation>cada tres meses; el último jueves de cada trimestre</translation>
    </message>
    <message>
        <location filename="../../app/ui/cadence_dialog.py" line="68"/>
        <source>No regular review.</source>
        <translation>Sin revisión periódica.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cadence_dialog.py" line="71"/>
        <source>Next reviews: %1</source>
        <translation>Próximas revisiones: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/cadence_dialog.py" line="75"/>
        <source>Set review cadence</source>
        <translation>Fijar la frecuencia de revisión</translation>
    </message>
</context>
<context>
    <name>CommitmentDialog</name>
    <message>
        <location filename="../../app/ui/commitment_dialog.py" line="78"/>
        <source>Make a commitment</source>
        <translation>Registrar un compromiso</translation>
    </message>
    <message>
        <location filename="../../app/ui/commitment_dialog.py" line="79"/>
        <location filename="../../app/ui/commitment_dialog.py" line="89"/>
        <source>What was promised</source>
        <translation>Lo prometido</translation>
    </message>
    <message>
        <location filename="../../app/ui/commitment_dialog.py" line="79"/>
        <source>Owners</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <location filename="../../app/ui/commitment_dialog.py" line="79"/>
        <location filename="../../app/ui/commitment_dialog.py" line="89"/>
        <source>Office that acts</source>
        <translation>Oficina responsable</translation>
    </message>
    <message>
        <location filename="../../app/ui/commitment_dialog.py" line="80"/>
        <location filename="../../app/ui/commitment_dialog.py" line="90"/>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../app/ui/commitment_dialog.py" line="80"/>
        <source>Window</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../app/ui/commitment_dialog.py" line="85"/>
        <location filename="../../app/ui/commitment_dialog.py" line="90"/>
        <source>All parties jointly</source>
        <translation>Todas las partes conjuntamente</translation>
    </message>
    <message>
        <location filename="../../app/ui/commitment_dialog.py" line="86"/>
        <source>e.g. border authorities</source>
        <translation>p. ej. autoridades fronterizas</translation>
    </message>
    <message>
        <location filename="../../app/ui/commitment_dialog.py" line="87"/>
        <source>e.g. &quot;in the next several weeks&quot;, &quot;by September&quot;</source>
        <translation>p. ej. &quot;en las próximas semanas&quot;, &quot;a más tardar en septiembre&quot;</translation>
    </message>
    <message>
        <location filename="../../app/ui/commitment_dialog.py" line="88"/>
        <source>Public: may stand in a communiqué&apos;s plan of action</source>
        <translation>Público: puede figurar en el plan de acción de un comunicado</translation>
    </message>
    <message>
        <location filename="../../app/ui/commitment_dialog.py" line="91"/>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <location filename="../../app/ui/commitment_dialog.py" line="110"/>
        <source>No due date</source>
        <translation>Sin plazo</translation>
    </message>
    <message>
        <location filename="../../app/ui/commitment_dialog.py" line="115"/>
        <source>Accord cannot read this date; it will be kept as written, without a window</source>
        <translation>Accord no puede leer esta fecha; se guardará tal como está escrita, sin plazo</translation>
    </message>
    <message>
        <location filename="../../app/ui/commitment_dialog.py" line="120"/>
        <source>no fixed window</source>
        <translation>sin plazo fijo</translation>
    </message>
    <message>
        <location filename="../../app/ui/commitment_dialog.py" line="122"/>
        <source>(read as %1)</source>
        <translation>(leído como %1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/commitment_dialog.py" line="138"/>
        <source>Make commitment</source>
        <translation>Registrar compromiso</translation>
    </message>
</context>
<context>
    <name>Commitments</name>
    <message>
        <location filename="../../app/ui/commitments_view.py" line="27"/>
        <source>overdue 1 day</source>
        <translation>vencido hace 1 día</translation>
    </message>
    <message>
        <location filename="../../app/ui/commitments_view.py" line="28"/>
        <source>overdue %1 days</source>
        <translation>vencido hace %1 días</translation>
    </message>
</context>
<context>
    <name>CommitmentsModel</name>
    <message>
        <location filename="../../app/ui/commitments_view.py" line="137"/>
        <source>all jointly</source>
        <translation>todas conjuntamente</translation>
    </message>
    <message>
        <location filename="../../app/ui/commitments_view.py" line="156"/>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location filename="../../app/ui/commitments_view.py" line="156"/>
        <source>Owners</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <location filename="../../app/ui/commitments_view.py" line="156"/>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../app/ui/commitments_view.py" line="156"/>
        <source>Window</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../app/ui/commitments_view.py" line="156"/>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <location filename="../../app/ui/commitments_view.py" line="157"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../app/ui/commitments_view.py" line="157"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location filename="../../app/ui/commitments_view.py" line="157"/>
        <source>Last update</source>
        <translation>Última actualización</translation>
    </message>
</context>
<context>
    <name>CommuniqueEditor</name>
    <message>
        <location filename="../../app/ui/communique_editor.py" line="296"/>
        <location filename="../../app/ui/communique_editor.py" line="297"/>
        <source>Title in the second language</source>
        <translation>Título en la segunda lengua</translation>
    </message>
    <message>
        <location filename="../../app/ui/communique_editor.py" line="298"/>
        <location filename="../../app/ui/communique_editor.py" line="541"/>
        <source>New draft</source>
        <translation>Nuevo borrador</translation>
    </message>
    <message>
        <location filename="../../app/ui/communique_editor.py" line="299"/>
        <source>Freeze this text as it stands and go on with the next draft</source>
        <translation>Congelar este texto tal como está y seguir con el borrador siguiente</translation>
    </message>
    <message>
        <location filename="../../app/ui/communique_editor.py" line="300"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../app/ui/communique_editor.py" line="300"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../app/ui/communique_editor.py" line="300"/>
        <location filename="../../app/ui/communique_editor.py" line="309"/>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../app/ui/communique_editor.py" line="300"/>
        <location filename="../../app/ui/communique_editor.py" line="310"/>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../../app/ui/communique_editor.py" line="301"/>
        <source>Heading</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <location filename="../../app/ui/communique_editor.py" line="302"/>
        <source>Add a paragraph after this one</source>
        <translation>Añadir un párrafo después de este</translation>
    </message>
    <message>
        <location filename="../../app/ui/communique_editor.py" line="302"/>
        <source>Delete the paragraph</source>
        <translation>Eliminar el párrafo</translation>
    </message>
    <message>
        <location filename="../../app/ui/communique_editor.py" line="303"/>
        <source>Move the paragraph up</source>
        <translation>Subir el párrafo</translation>
    </message>
    <message>
        <location filename="../../app/ui/communique_editor.py" line="303"/>
        <source>Move the paragraph down</source>
        <translation>Bajar el párrafo</translation>
    </message>
    <message>
        <location filename="../../app/ui/communique_editor.py" line="304"/>
        <source>Make the paragraph a heading, or a heading a paragraph</source>
        <translation>Convertir el párrafo en encabezado, o el encabezado en párrafo</translation>
    </message>
    <message>
        <location filename="../../app/ui/communique_editor.py" line="309"/>
        <source>Add commitment…</source>
        <translation>Añadir compromiso…</translation>
    </message>
    <message>
        <location filename="../../app/ui/communique_editor.py" line="309"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../app/ui/communique_editor.py" line="313"/>
        <source>Plan of action: %1</source>
        <translation>Plan de acción: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/communique_editor.py" line="314"/>
        <location filename="../../app/ui/communique_editor.py" line="321"/>
        <source>Paragraphs</source>
        <translation>Párrafos</translation>
    </message>
    <message>
        <location filename="../../app/ui/communique_editor.py" line="315"/>
        <source>Text of the paragraph ([[ ]] marks language not yet agreed)</source>
        <translation>Texto del párrafo ([[ ]] marca el texto aún no acordado)</translation>
    </message>
    <message>
        <location filename="../../app/ui/communique_editor.py" line="316"/>
        <location filename="../../app/ui/communique_editor.py" line="322"/>
        <source>Plan of action</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <location filename="../../app/ui/communique_editor.py" line="317"/>
        <location filename="../../app/ui/communique_editor.py" line="323"/>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <location filename="../../app/ui/communique_editor.py" line="318"/>
        <source>Compare the two versions chosen</source>
        <translation>Comparar las dos versiones elegidas</translation>
    </message>
    <message>
        <location filename="../../app/ui/communique_editor.py" line="319"/>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/communique_editor.py" line="320"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../app/ui/communique_editor.py" line="324"/>
        <source>Preview of the PDF</source>
        <translation>Vista previa del PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/communique_editor.py" line="325"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../app/ui/communique_editor.py" line="326"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../../app/ui/communique_editor.py" line="327"/>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <location filename="../../app/ui/communique_editor.py" line="329"/>
        <source>Paragraph text, language %1</source>
        <translation>Texto del párrafo, lengua %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/communique_editor.py" line="375"/>
        <source>Draft %2 · status: %1 · %3 open brackets</source>
        <translation>Borrador %2 · estado: %1 · %3 corchetes abiertos</translation>
    </message>
    <message>
        <location filename="../../app/ui/communique_editor.py" line="376"/>
        <source>Draft %2 · status: %1 · %3 open bracket</source>
        <translation>Borrador %2 · estado: %1 · %3 corchete abierto</translation>
    </message>
    <message>
        <location filename="../../app/ui/communique_editor.py" line="382"/>
        <location filename="../../app/ui/communique_editor.py" line="537"/>
        <source>Make it %1</source>
        <translation>Pasar a %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/communique_editor.py" line="389"/>
        <source>Draft %1 — %2 — frozen %3 (%4)</source>
        <translation>Borrador %1 — %2 — congelado %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../app/ui/communique_editor.py" line="391"/>
        <source>status change</source>
        <translation>cambio de estado</translation>
    </message>
    <message>
        <location filename="../../app/ui/communique_editor.py" line="392"/>
        <source>new draft</source>
        <translation>nuevo borrador</translation>
    </message>
    <message>
        <location filename="../../app/ui/communique_editor.py" line="395"/>
        <source>Draft %1 — %2 — the current text</source>
        <translation>Borrador %1 — %2 — el texto actual</translation>
    </message>
    <message>
        <location filename="../../app/ui/communique_editor.py" line="448"/>
        <source>Edit paragraph</source>
        <translation>Editar párrafo</translation>
    </message>
    <message>
        <location filename="../../app/ui/communique_editor.py" line="459"/>
        <source>Edit title</source>
        <translation>Editar título</translation>
    </message>
    <message>
        <location filename="../../app/ui/communique_editor.py" line="465"/>
        <source>Add paragraph</source>
        <translation>Añadir párrafo</translation>
    </message>
    <message>
        <location filename="../../app/ui/communique_editor.py" line="473"/>
        <source>Delete paragraph</source>
        <translation>Eliminar párrafo</translation>
    </message>
    <message>
        <location filename="../../app/ui/communique_editor.py" line="478"/>
        <source>Move paragraph</source>
        <translation>Mover párrafo</translation>
    </message>
    <message>
        <location filename="../../app/ui/communique_editor.py" line="487"/>
        <source>Heading / paragraph</source>
        <translation>Encabezado / párrafo</translation>
    </message>
    <message>
        <location filename="../../app/ui/communique_editor.py" line="508"/>
        <source>Every public commitment is in the plan</source>
        <translation>Todos los compromisos públicos están en el plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/communique_editor.py" line="514"/>
        <source>Add to the plan of action</source>
        <translation>Añadir al plan de acción</translation>
    </message>
    <message>
        <location filename="../../app/ui/communique_editor.py" line="524"/>
        <source>Remove from the plan of action</source>
        <translation>Quitar del plan de acción</translation>
    </message>
    <message>
        <location filename="../../app/ui/communique_editor.py" line="530"/>
        <source>Move in the plan of action</source>
        <translation>Mover en el plan de acción</translation>
    </message>
    <message>
        <location filename="../../app/ui/communique_editor.py" line="552"/>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/communique_editor.py" line="566"/>
        <source>%1 pages</source>
        <translation>%1 páginas</translation>
    </message>
    <message>
        <location filename="../../app/ui/communique_editor.py" line="567"/>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <location filename="../../app/ui/communique_editor.py" line="584"/>
        <source>Choose two versions to compare (Ctrl+click).</source>
        <translation>Elija dos versiones para comparar (Ctrl+clic).</translation>
    </message>
    <message>
        <location filename="../../app/ui/communique_editor.py" line="601"/>
        <source>Save PDF</source>
        <translation>Guardar PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/communique_editor.py" line="601"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CorrigendumDialog</name>
    <message>
        <location filename="../../app/ui/minutes_dialogs.py" line="121"/>
        <source>Corrigendum</source>
        <translation>Corrigendum</translation>
    </message>
    <message>
        <location filename="../../app/ui/minutes_dialogs.py" line="124"/>
        <source>It corrects the record as a whole, not one entry</source>
        <translation>Corrige el acta en su conjunto, no una anotación</translation>
    </message>
    <message>
        <location filename="../../app/ui/minutes_dialogs.py" line="144"/>
        <source>The approved minutes are not changed: the corrigendum is kept beside them, with its date and reason, and printed with the record.</source>
        <translation>El acta aprobada no se modifica: el corrigendum se guarda junto a ella, con su fecha y motivo, y se imprime con el acta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/minutes_dialogs.py" line="149"/>
        <source>Amends</source>
        <translation>Corrige</translation>
    </message>
    <message>
        <location filename="../../app/ui/minutes_dialogs.py" line="150"/>
        <location filename="../../app/ui/minutes_dialogs.py" line="155"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../app/ui/minutes_dialogs.py" line="151"/>
        <location filename="../../app/ui/minutes_dialogs.py" line="155"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/minutes_dialogs.py" line="152"/>
        <location filename="../../app/ui/minutes_dialogs.py" line="156"/>
        <source>Corrected text</source>
        <translation>Texto corregido</translation>
    </message>
    <message>
        <location filename="../../app/ui/minutes_dialogs.py" line="164"/>
        <source>Add corrigendum</source>
        <translation>Añadir corrigendum</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../app/ui/dates.py" line="32"/>
        <source>by %1</source>
        <translation>a más tardar el %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dates.py" line="34"/>
        <source>from %1</source>
        <translation>a partir del %1</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <location filename="../../app/ui/draft_dialog.py" line="21"/>
        <location filename="../../app/ui/draft_dialog.py" line="57"/>
        <source>Draft a communiqué from the record</source>
        <translation>Redactar un comunicado a partir del registro</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft_dialog.py" line="28"/>
        <location filename="../../app/ui/draft_dialog.py" line="48"/>
        <source>Meetings up to</source>
        <translation>Reuniones hasta</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft_dialog.py" line="31"/>
        <location filename="../../app/ui/draft_dialog.py" line="49"/>
        <source>Languages</source>
        <translation>Lenguas</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft_dialog.py" line="35"/>
        <source>%1 and %2, side by side</source>
        <translation>%1 y %2, en paralelo</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft_dialog.py" line="38"/>
        <source>The draft recalls the meetings held up to this date, the topics of their agenda, what was agreed and decided, and lists the open public commitments as its plan of action.</source>
        <translation>El borrador recuerda las reuniones celebradas hasta esta fecha, los temas de su agenda, lo acordado y lo decidido, y enumera los compromisos públicos pendientes como su plan de acción.</translation>
    </message>
</context>
<context>
    <name>FindPanel</name>
    <message>
        <location filename="../../app/ui/find_panel.py" line="116"/>
        <source>Find in the record: words, &quot;a phrase&quot;, negot*, OR, NOT</source>
        <translation>Buscar en el registro: palabras, &quot;una frase&quot;, negoc*, OR, NOT</translation>
    </message>
    <message>
        <location filename="../../app/ui/find_panel.py" line="117"/>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../app/ui/find_panel.py" line="118"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <location filename="../../app/ui/followup_panel.py" line="236"/>
        <source>&amp;Words</source>
        <translation>&amp;Palabras</translation>
    </message>
    <message>
        <location filename="../../app/ui/followup_panel.py" line="236"/>
        <source>&amp;Party</source>
        <translation>Pa&amp;rte</translation>
    </message>
    <message>
        <location filename="../../app/ui/followup_panel.py" line="236"/>
        <source>&amp;Status</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <location filename="../../app/ui/followup_panel.py" line="236"/>
        <source>&amp;Topic</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location filename="../../app/ui/followup_panel.py" line="236"/>
        <source>&amp;Body</source>
        <translation>Ó&amp;rgano</translation>
    </message>
    <message>
        <location filename="../../app/ui/followup_panel.py" line="237"/>
        <source>&amp;Meeting</source>
        <translation>Reu&amp;nión</translation>
    </message>
    <message>
        <location filename="../../app/ui/followup_panel.py" line="237"/>
        <source>&amp;As of</source>
        <translation>&amp;Al</translation>
    </message>
    <message>
        <location filename="../../app/ui/followup_panel.py" line="241"/>
        <source>Filter by words</source>
        <translation>Filtrar por palabras</translation>
    </message>
    <message>
        <location filename="../../app/ui/followup_panel.py" line="242"/>
        <source>&amp;Overdue</source>
        <translation>&amp;Vencidos</translation>
    </message>
    <message>
        <location filename="../../app/ui/followup_panel.py" line="243"/>
        <source>Due &amp;within</source>
        <translation>Vencen &amp;en</translation>
    </message>
    <message>
        <location filename="../../app/ui/followup_panel.py" line="244"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../app/ui/followup_panel.py" line="245"/>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <location filename="../../app/ui/followup_panel.py" line="246"/>
        <source>&amp;Clear filters</source>
        <translation>&amp;Quitar filtros</translation>
    </message>
    <message>
        <location filename="../../app/ui/followup_panel.py" line="247"/>
        <source>&amp;Record progress…</source>
        <translation>Re&amp;gistrar avance…</translation>
    </message>
    <message>
        <location filename="../../app/ui/followup_panel.py" line="248"/>
        <source>Record progress on the chosen commitment (Ctrl+Shift+U)</source>
        <translation>Registrar el avance del compromiso elegido (Ctrl+Mayús+U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/followup_panel.py" line="249"/>
        <source>Export C&amp;SV…</source>
        <translation>Exportar C&amp;SV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/followup_panel.py" line="250"/>
        <source>Export ca&amp;lendar…</source>
        <translation>Exportar ca&amp;lendario…</translation>
    </message>
    <message>
        <location filename="../../app/ui/followup_panel.py" line="251"/>
        <source>Progress &amp;report…</source>
        <translation>&amp;Informe de avance…</translation>
    </message>
    <message>
        <location filename="../../app/ui/followup_panel.py" line="252"/>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <location filename="../../app/ui/followup_panel.py" line="253"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../app/ui/followup_panel.py" line="253"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../app/ui/followup_panel.py" line="253"/>
        <source>Scores</source>
        <translation>Puntuaciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/followup_panel.py" line="253"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../app/ui/followup_panel.py" line="254"/>
        <location filename="../../app/ui/followup_panel.py" line="262"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../app/ui/followup_panel.py" line="255"/>
        <source>Party</source>
        <translation>Parte</translation>
    </message>
    <message>
        <location filename="../../app/ui/followup_panel.py" line="255"/>
        <source>Owned</source>
        <translation>Asumidos</translation>
    </message>
    <message>
        <location filename="../../app/ui/followup_panel.py" line="255"/>
        <source>Scored</source>
        <translation>Evaluados</translation>
    </message>
    <message>
        <location filename="../../app/ui/followup_panel.py" line="256"/>
        <source>Average</source>
        <translation>Promedio</translation>
    </message>
    <message>
        <location filename="../../app/ui/followup_panel.py" line="256"/>
        <source>Compliance</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <location filename="../../app/ui/followup_panel.py" line="257"/>
        <location filename="../../app/ui/followup_panel.py" line="263"/>
        <source>Compliance by party</source>
        <translation>Cumplimiento por parte</translation>
    </message>
    <message>
        <location filename="../../app/ui/followup_panel.py" line="258"/>
        <source>Each owner&apos;s latest score on each commitment, as of the date: -1 no compliance, 0 partial, +1 full. Compliance = (average + 1) / 2.</source>
        <translation>La última puntuación de cada responsable en cada compromiso, a la fecha: -1 sin cumplimiento, 0 parcial, +1 pleno. Cumplimiento = (promedio + 1) / 2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/followup_panel.py" line="260"/>
        <source>Set review &amp;cadence…</source>
        <translation>Fijar la &amp;frecuencia de revisión…</translation>
    </message>
    <message>
        <location filename="../../app/ui/followup_panel.py" line="261"/>
        <source>New review &amp;meeting…</source>
        <translation>Nueva reunión de re&amp;visión…</translation>
    </message>
    <message>
        <location filename="../../app/ui/followup_panel.py" line="264"/>
        <source>Reviews</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <location filename="../../app/ui/followup_panel.py" line="296"/>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <location filename="../../app/ui/followup_panel.py" line="337"/>
        <source>%1 commitments shown, %2 overdue as of %3</source>
        <translation>%1 compromisos mostrados, %2 vencidos al %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/followup_panel.py" line="390"/>
        <source>Choose a commitment to see its history.</source>
        <translation>Elija un compromiso para ver su historial.</translation>
    </message>
    <message>
        <location filename="../../app/ui/followup_panel.py" line="394"/>
        <source>Superseded by: %1</source>
        <translation>Sustituido por: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/followup_panel.py" line="400"/>
        <source>Made at %1</source>
        <translation>Asumido en %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/followup_panel.py" line="409"/>
        <source>The window closes (%1)</source>
        <translation>Vence el plazo (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/followup_panel.py" line="459"/>
        <source>These talks have no review cadence yet.</source>
        <translation>Estas conversaciones aún no tienen frecuencia de revisión.</translation>
    </message>
    <message>
        <location filename="../../app/ui/followup_panel.py" line="465"/>
        <source>Reviews: %1 (from %2).</source>
        <translation>Revisiones: %1 (desde el %2).</translation>
    </message>
    <message>
        <location filename="../../app/ui/followup_panel.py" line="466"/>
        <source>Next reviews: %1</source>
        <translation>Próximas revisiones: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/followup_panel.py" line="505"/>
        <source>Export commitments as CSV</source>
        <translation>Exportar los compromisos como CSV</translation>
    </message>
    <message>
        <location filename="../../app/ui/followup_panel.py" line="506"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/followup_panel.py" line="521"/>
        <source>Export calendar</source>
        <translation>Exportar el calendario</translation>
    </message>
    <message>
        <location filename="../../app/ui/followup_panel.py" line="522"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../app/ui/forms.py" line="34"/>
        <location filename="../../app/ui/forms.py" line="41"/>
        <location filename="../../app/ui/forms.py" line="47"/>
        <location filename="../../app/ui/forms.py" line="48"/>
        <location filename="../../app/ui/forms.py" line="55"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms.py" line="35"/>
        <source>Working languages</source>
        <translation>Idiomas de trabajo</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms.py" line="36"/>
        <location filename="../../app/ui/forms.py" line="54"/>
        <location filename="../../app/ui/forms.py" line="61"/>
        <source>Handling marking</source>
        <translation>Marca de tratamiento</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms.py" line="37"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms.py" line="38"/>
        <location filename="../../app/ui/forms.py" line="40"/>
        <location filename="../../app/ui/forms.py" line="44"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms.py" line="38"/>
        <source>Short name</source>
        <translation>Nombre corto</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms.py" line="39"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms.py" line="40"/>
        <source>Party</source>
        <translation>Parte</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms.py" line="42"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms.py" line="43"/>
        <source>Role in the delegation</source>
        <translation>Función en la delegación</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms.py" line="45"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms.py" line="46"/>
        <source>Part of</source>
        <translation>Forma parte de</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms.py" line="49"/>
        <source>Body</source>
        <translation>Órgano</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms.py" line="50"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms.py" line="51"/>
        <source>Starts (local date and time with UTC offset)</source>
        <translation>Comienza (fecha y hora locales con desfase UTC)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms.py" line="53"/>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms.py" line="53"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms.py" line="54"/>
        <source>Venue</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms.py" line="56"/>
        <source>Dateline: date and local time with UTC offset</source>
        <translation>Fecha: día y hora local con su desfase UTC</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms.py" line="58"/>
        <source>Dateline: place</source>
        <translation>Fecha: lugar</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms.py" line="59"/>
        <source>Languages (two for a parallel text)</source>
        <translation>Lenguas (dos para un texto paralelo)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../app/ui/minutes_dialogs.py" line="268"/>
        <source>History of changes — %1</source>
        <translation>Historial de cambios — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/minutes_dialogs.py" line="282"/>
        <source>History of changes</source>
        <translation>Historial de cambios</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/minutes_dialogs.py" line="283"/>
        <source>%n change(s).</source>
        <translation>
            <numerusform>%n cambio.</numerusform>
            <numerusform>%n cambios.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/minutes_dialogs.py" line="285"/>
        <source>Changes after the approval of the minutes (in italics) can only be corrigenda.</source>
        <translation>Después de la aprobación del acta (en cursiva) solo puede haber corrigenda.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../app/ui/minutes_dialogs.py" line="218"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../../app/ui/minutes_dialogs.py" line="220"/>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <location filename="../../app/ui/minutes_dialogs.py" line="220"/>
        <source>changed</source>
        <translation>modificado</translation>
    </message>
    <message>
        <location filename="../../app/ui/minutes_dialogs.py" line="221"/>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <location filename="../../app/ui/minutes_dialogs.py" line="235"/>
        <source>Talks</source>
        <translation>Negociaciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/minutes_dialogs.py" line="235"/>
        <source>Party</source>
        <translation>Parte</translation>
    </message>
    <message>
        <location filename="../../app/ui/minutes_dialogs.py" line="235"/>
        <source>Delegate</source>
        <translation>Delegado</translation>
    </message>
    <message>
        <location filename="../../app/ui/minutes_dialogs.py" line="236"/>
        <source>Body</source>
        <translation>Órgano</translation>
    </message>
    <message>
        <location filename="../../app/ui/minutes_dialogs.py" line="236"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../app/ui/minutes_dialogs.py" line="236"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../../app/ui/minutes_dialogs.py" line="237"/>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../../app/ui/minutes_dialogs.py" line="237"/>
        <source>Agenda item</source>
        <translation>Punto del orden del día</translation>
    </message>
    <message>
        <location filename="../../app/ui/minutes_dialogs.py" line="238"/>
        <source>Minute entry</source>
        <translation>Anotación del acta</translation>
    </message>
    <message>
        <location filename="../../app/ui/minutes_dialogs.py" line="238"/>
        <source>Corrigendum</source>
        <translation>Corrigendum</translation>
    </message>
    <message>
        <location filename="../../app/ui/minutes_dialogs.py" line="239"/>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location filename="../../app/ui/minutes_dialogs.py" line="239"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../app/ui/minutes_dialogs.py" line="240"/>
        <source>Progress update</source>
        <translation>Actualización de avance</translation>
    </message>
    <message>
        <location filename="../../app/ui/minutes_dialogs.py" line="240"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../app/ui/minutes_dialogs.py" line="241"/>
        <source>Communiqué</source>
        <translation>Comunicado</translation>
    </message>
    <message>
        <location filename="../../app/ui/minutes_dialogs.py" line="241"/>
        <source>Paragraph</source>
        <translation>Párrafo</translation>
    </message>
    <message>
        <location filename="../../app/ui/minutes_dialogs.py" line="242"/>
        <source>Paragraph text</source>
        <translation>Texto de párrafo</translation>
    </message>
    <message>
        <location filename="../../app/ui/minutes_dialogs.py" line="242"/>
        <source>Plan of action</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <location filename="../../app/ui/minutes_dialogs.py" line="243"/>
        <source>Signatory</source>
        <translation>Firmante</translation>
    </message>
    <message>
        <location filename="../../app/ui/minutes_dialogs.py" line="248"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../app/ui/minutes_dialogs.py" line="248"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../app/ui/minutes_dialogs.py" line="248"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../app/ui/minutes_dialogs.py" line="248"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../app/ui/minutes_dialogs.py" line="248"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../app/ui/minutes_dialogs.py" line="249"/>
        <source>To</source>
        <translation>A</translation>
    </message>
</context>
<context>
    <name>HitsModel</name>
    <message>
        <location filename="../../app/ui/find_panel.py" line="54"/>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <location filename="../../app/ui/find_panel.py" line="54"/>
        <source>In</source>
        <translation>En</translation>
    </message>
    <message>
        <location filename="../../app/ui/find_panel.py" line="54"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../../app/ui/find_panel.py" line="54"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="68"/>
        <location filename="../../app/ui/main_window.py" line="411"/>
        <location filename="../../app/ui/main_window.py" line="427"/>
        <location filename="../../app/ui/main_window.py" line="649"/>
        <location filename="../../app/ui/main_window.py" line="787"/>
        <source>Accord</source>
        <translation>Accord</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="305"/>
        <source>Accord — %1</source>
        <translation>Accord — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="307"/>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Importar paquete…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="308"/>
        <source>&amp;Export bundle…</source>
        <translation>E&amp;xportar paquete…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="309"/>
        <source>&amp;Backup…</source>
        <translation>&amp;Copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="310"/>
        <source>&amp;New record…</source>
        <translation>&amp;Nuevo registro…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="311"/>
        <source>&amp;Open record…</source>
        <translation>A&amp;brir registro…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="312"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="313"/>
        <source>&amp;About Accord</source>
        <translation>&amp;Acerca de Accord</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="314"/>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="315"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="316"/>
        <source>New &amp;talks</source>
        <translation>Nuevas &amp;negociaciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="317"/>
        <source>New &amp;party</source>
        <translation>Nueva &amp;parte</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="318"/>
        <source>New &amp;delegate</source>
        <translation>Nuevo &amp;delegado</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="319"/>
        <source>New &amp;body</source>
        <translation>Nuevo ó&amp;rgano</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="320"/>
        <source>New t&amp;opic</source>
        <translation>Nuevo &amp;tema</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="321"/>
        <source>New &amp;meeting…</source>
        <translation>Nueva &amp;reunión…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="323"/>
        <source>De&amp;lete record</source>
        <translation>E&amp;liminar registro</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="329"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="330"/>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="331"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="332"/>
        <source>&amp;Records</source>
        <translation>&amp;Registros</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="333"/>
        <source>Agenda and minutes</source>
        <translation>Orden del día y actas</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="334"/>
        <source>Details</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="335"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="336"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="337"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="338"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="339"/>
        <source>Talks and meetings</source>
        <translation>Negociaciones y reuniones</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="175"/>
        <location filename="../../app/ui/main_window.py" line="341"/>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="322"/>
        <source>Draft a &amp;communiqué from the record…</source>
        <translation>Redactar un &amp;comunicado a partir del registro…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="324"/>
        <source>&amp;History of changes…</source>
        <translation>&amp;Historial de cambios…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="344"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="347"/>
        <source>Read-only: %1. Nothing can be changed.</source>
        <translation>Solo lectura: %1. No se puede modificar nada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="406"/>
        <location filename="../../app/ui/main_window.py" line="543"/>
        <source>New record</source>
        <translation>Nuevo registro</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="407"/>
        <location filename="../../app/ui/main_window.py" line="833"/>
        <source>Accord records (*.sqlite)</source>
        <translation>Registros de Accord (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="412"/>
        <source>%1 exists already; open it instead.</source>
        <translation>%1 ya existe; ábralo en su lugar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="417"/>
        <source>Open record</source>
        <translation>Abrir registro</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="418"/>
        <source>Accord records (*.sqlite);;All files (*)</source>
        <translation>Registros de Accord (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="503"/>
        <location filename="../../app/ui/main_window.py" line="508"/>
        <source>New talks</source>
        <translation>Nuevas negociaciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="504"/>
        <source>First party</source>
        <translation>Primera parte</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="506"/>
        <source>Second party</source>
        <translation>Segunda parte</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="517"/>
        <source>New party</source>
        <translation>Nueva parte</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="519"/>
        <source>New delegate</source>
        <translation>Nuevo delegado</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="520"/>
        <source>New body</source>
        <translation>Nuevo órgano</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="521"/>
        <source>New topic</source>
        <translation>Nuevo tema</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="611"/>
        <source>Delete record</source>
        <translation>Eliminar registro</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="633"/>
        <source>Choose a record to see its history of changes</source>
        <translation>Elija un registro para ver su historial de cambios</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="650"/>
        <source>Approved minutes were changed outside Accord since their approval:</source>
        <translation>Actas aprobadas fueron modificadas fuera de Accord después de su aprobación:</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="657"/>
        <source>Approved minutes changed outside Accord: %1</source>
        <translation>Actas aprobadas modificadas fuera de Accord: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="736"/>
        <source>Found in a record that belongs to no meeting</source>
        <translation>Encontrado en un registro que no pertenece a ninguna reunión</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="808"/>
        <source>Imported: %1</source>
        <translation>Importado: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="811"/>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="817"/>
        <source>Import a talks bundle</source>
        <translation>Importar un paquete de negociaciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="818"/>
        <location filename="../../app/ui/main_window.py" line="826"/>
        <source>Talks bundles (*.json)</source>
        <translation>Paquetes de negociaciones (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="826"/>
        <source>Export the record as a bundle</source>
        <translation>Exportar el registro como paquete</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="827"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="827"/>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="833"/>
        <source>Back up the record</source>
        <translation>Copia de seguridad del registro</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="834"/>
        <source>Backing up…</source>
        <translation>Haciendo la copia…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="834"/>
        <source>Backed up to %1</source>
        <translation>Copia guardada en %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="846"/>
        <source>About Accord</source>
        <translation>Acerca de Accord</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="847"/>
        <source>Accord %1 — the record of the talks, for a delegation&apos;s secretary.</source>
        <translation>Accord %1: el registro de las negociaciones, para la secretaría de una delegación.</translation>
    </message>
</context>
<context>
    <name>MeetingView</name>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="325"/>
        <location filename="../../app/ui/meeting_view.py" line="357"/>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="326"/>
        <source>New agenda item — press Enter</source>
        <translation>Nuevo punto del orden del día — pulse Intro</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="327"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="328"/>
        <location filename="../../app/ui/meeting_view.py" line="601"/>
        <location filename="../../app/ui/meeting_view.py" line="609"/>
        <source>Commitment…</source>
        <translation>Compromiso…</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="329"/>
        <source>Turn the selected entry into a commitment (Ctrl+Shift+M)</source>
        <translation>Convertir la entrada seleccionada en un compromiso (Ctrl+Mayús+M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="330"/>
        <source>Make commitment</source>
        <translation>Registrar compromiso</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="333"/>
        <source>Move the item up (Alt+Up)</source>
        <translation>Subir el punto (Alt+Arriba)</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="334"/>
        <source>Move the item down (Alt+Down)</source>
        <translation>Bajar el punto (Alt+Abajo)</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="335"/>
        <source>Circulate…</source>
        <translation>Circular…</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="336"/>
        <source>Send the draft minutes to the delegations for their comments</source>
        <translation>Enviar el proyecto de acta a las delegaciones para sus comentarios</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="337"/>
        <source>Back to draft</source>
        <translation>Volver a proyecto</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="338"/>
        <source>Take the circulated minutes back as a draft</source>
        <translation>Retirar el acta circulada como proyecto</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="339"/>
        <source>Approve…</source>
        <translation>Aprobar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="340"/>
        <source>Record that the delegations approved the minutes: they are then frozen</source>
        <translation>Registrar que las delegaciones aprobaron el acta: queda entonces fijada</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="341"/>
        <location filename="../../app/ui/meeting_view.py" line="600"/>
        <source>Corrigendum…</source>
        <translation>Corrigendum…</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="343"/>
        <source>Correct the approved minutes: of the selected entry, or of the record as a whole</source>
        <translation>Corregir el acta aprobada: la anotación seleccionada, o el acta en su conjunto</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="344"/>
        <source>Print record…</source>
        <translation>Imprimir acta…</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="345"/>
        <source>The record of the meeting as both delegations sign it</source>
        <translation>El acta de la reunión tal como la firman ambas delegaciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="346"/>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="347"/>
        <source>Who changed what in this meeting, and when</source>
        <translation>Quién cambió qué en esta reunión, y cuándo</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="348"/>
        <location filename="../../app/ui/meeting_view.py" line="349"/>
        <source>Corrigenda</source>
        <translation>Corrigenda</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="350"/>
        <location filename="../../app/ui/meeting_view.py" line="365"/>
        <source>In session</source>
        <translation>En sesión</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="351"/>
        <source>While the meeting is in session, each entry is stamped with the local time</source>
        <translation>Mientras la reunión está en sesión, cada entrada lleva la hora local</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="352"/>
        <source>Kind of entry: Ctrl+1 to Ctrl+7</source>
        <translation>Tipo de entrada: Ctrl+1 a Ctrl+7</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="353"/>
        <source>Whose position: Ctrl+Shift+1 to Ctrl+Shift+9, Ctrl+Shift+0 for none</source>
        <translation>Posición de quién: Ctrl+Mayús+1 a Ctrl+Mayús+9, Ctrl+Mayús+0 para ninguna</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="355"/>
        <source>Type what was said, then Enter (Shift+Enter for a new line). Ctrl+1…7 pick the kind, Ctrl+Shift+0…9 the party.</source>
        <translation>Escriba lo que se dijo y pulse Intro (Mayús+Intro para una nueva línea). Ctrl+1…7 eligen el tipo, Ctrl+Mayús+0…9 la parte.</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="357"/>
        <source>Minutes</source>
        <translation>Actas</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="358"/>
        <source>New minute entry</source>
        <translation>Nueva entrada del acta</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="358"/>
        <source>Kind of entry</source>
        <translation>Tipo de entrada</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="359"/>
        <source>Party</source>
        <translation>Parte</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="359"/>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="360"/>
        <source>New agenda item</source>
        <translation>Nuevo punto del orden del día</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="361"/>
        <source>Topic of the new agenda item</source>
        <translation>Tema del nuevo punto del orden del día</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="362"/>
        <location filename="../../app/ui/meeting_view.py" line="507"/>
        <location filename="../../app/ui/meeting_view.py" line="639"/>
        <source>Remove agenda item</source>
        <translation>Quitar punto del orden del día</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="363"/>
        <source>Move agenda item up</source>
        <translation>Subir punto del orden del día</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="364"/>
        <source>Move agenda item down</source>
        <translation>Bajar punto del orden del día</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="406"/>
        <source>%1. %2 — %3 (reason: %4)</source>
        <translation>%1. %2 — %3 (motivo: %4)</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="438"/>
        <source>Minutes back to draft</source>
        <translation>Acta de vuelta a proyecto</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="484"/>
        <source>No topic</source>
        <translation>Ningún tema</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="500"/>
        <source>Link to topic</source>
        <translation>Vincular a un tema</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="512"/>
        <source>Link agenda item to topic</source>
        <translation>Vincular punto del orden del día a un tema</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="517"/>
        <source>No party</source>
        <translation>Ninguna parte</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="521"/>
        <source>No speaker</source>
        <translation>Ningún orador</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="574"/>
        <source>Add entry</source>
        <translation>Añadir entrada</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="604"/>
        <source>Move to agenda item</source>
        <translation>Mover al punto del orden del día</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="608"/>
        <source>No agenda item</source>
        <translation>Ningún punto del orden del día</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="610"/>
        <location filename="../../app/ui/meeting_view.py" line="624"/>
        <source>Delete entry</source>
        <translation>Eliminar entrada</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="618"/>
        <source>Move entries</source>
        <translation>Mover entradas</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="631"/>
        <source>Add agenda item</source>
        <translation>Añadir punto del orden del día</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="649"/>
        <source>Move agenda item</source>
        <translation>Mover punto del orden del día</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="417"/>
        <source>Minutes approved on %1 — read-only; corrections by corrigendum</source>
        <translation>Acta aprobada el %1 — solo lectura; correcciones mediante corrigendum</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="420"/>
        <source>Draft minutes, circulated on %1</source>
        <translation>Proyecto de acta, circulado el %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="422"/>
        <source>Draft minutes</source>
        <translation>Proyecto de acta</translation>
    </message>
</context>
<context>
    <name>MinutesModel</name>
    <message>
        <location filename="../../app/ui/minutes_model.py" line="82"/>
        <source>[Corrigendum %1] </source>
        <translation>[Corrigendum %1] </translation>
    </message>
    <message>
        <location filename="../../app/ui/minutes_model.py" line="101"/>
        <source>Edit entry</source>
        <translation>Editar entrada</translation>
    </message>
    <message>
        <location filename="../../app/ui/minutes_model.py" line="106"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../app/ui/minutes_model.py" line="106"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../app/ui/minutes_model.py" line="106"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../app/ui/minutes_model.py" line="106"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
</context>
<context>
    <name>MinutesPrintDialog</name>
    <message>
        <location filename="../../app/ui/minutes_dialogs.py" line="313"/>
        <source>Record of the meeting — %1</source>
        <translation>Acta de la reunión — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/minutes_dialogs.py" line="318"/>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/minutes_dialogs.py" line="321"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../app/ui/minutes_dialogs.py" line="324"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../app/ui/minutes_dialogs.py" line="353"/>
        <source>Save PDF</source>
        <translation>Guardar PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/minutes_dialogs.py" line="353"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>MinutesStepDialog</name>
    <message>
        <location filename="../../app/ui/minutes_dialogs.py" line="90"/>
        <source>Circulate the minutes</source>
        <translation>Circular el acta</translation>
    </message>
    <message>
        <location filename="../../app/ui/minutes_dialogs.py" line="91"/>
        <source>The draft minutes of “%1” go to the delegations for their comments. They can still be changed, or taken back as a draft.</source>
        <translation>El proyecto de acta de «%1» se envía a las delegaciones para sus comentarios. Aún puede modificarse, o retirarse como proyecto.</translation>
    </message>
    <message>
        <location filename="../../app/ui/minutes_dialogs.py" line="93"/>
        <source>Circulated on</source>
        <translation>Circulada el</translation>
    </message>
    <message>
        <location filename="../../app/ui/minutes_dialogs.py" line="95"/>
        <source>Approve the minutes</source>
        <translation>Aprobar el acta</translation>
    </message>
    <message>
        <location filename="../../app/ui/minutes_dialogs.py" line="96"/>
        <source>Once approved, the minutes of “%1” are the record of the meeting: the meeting, its attendance, agenda and minutes can no longer be changed, and later corrections are made by corrigenda. Approval cannot be undone.</source>
        <translation>Una vez aprobada, el acta de «%1» es el registro de la reunión: la reunión, su asistencia, orden del día y acta ya no pueden modificarse, y las correcciones posteriores se hacen mediante corrigenda. La aprobación no se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/minutes_dialogs.py" line="99"/>
        <source>Approved on</source>
        <translation>Aprobada el</translation>
    </message>
    <message>
        <location filename="../../app/ui/minutes_dialogs.py" line="110"/>
        <source>Circulate minutes</source>
        <translation>Circular el acta</translation>
    </message>
    <message>
        <location filename="../../app/ui/minutes_dialogs.py" line="110"/>
        <source>Approve minutes</source>
        <translation>Aprobar el acta</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <location filename="../../app/ui/names.py" line="9"/>
        <source>discussion</source>
        <translation>debate</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="10"/>
        <source>position</source>
        <translation>posición</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="11"/>
        <source>statement</source>
        <translation>declaración</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="12"/>
        <source>decision</source>
        <translation>decisión</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="13"/>
        <source>agreement</source>
        <translation>acuerdo</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="14"/>
        <source>disagreement</source>
        <translation>desacuerdo</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="15"/>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="17"/>
        <source>not started</source>
        <translation>sin iniciar</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="18"/>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="19"/>
        <source>completed</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="20"/>
        <source>dropped</source>
        <translation>abandonado</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="21"/>
        <source>superseded</source>
        <translation>sustituido</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="23"/>
        <source>planned</source>
        <translation>prevista</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="24"/>
        <source>held</source>
        <translation>celebrada</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="25"/>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="27"/>
        <source>head</source>
        <translation>jefe</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="28"/>
        <source>deputy</source>
        <translation>adjunto</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="29"/>
        <source>member</source>
        <translation>miembro</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="30"/>
        <source>adviser</source>
        <translation>asesor</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="31"/>
        <source>spokesperson</source>
        <translation>portavoz</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="32"/>
        <source>note-taker</source>
        <translation>relator</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="33"/>
        <source>chair</source>
        <translation>presidencia</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="34"/>
        <source>observer</source>
        <translation>observador</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="36"/>
        <source>heads of state</source>
        <translation>jefes de Estado</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="37"/>
        <source>ministerial</source>
        <translation>ministerial</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="38"/>
        <source>senior officials</source>
        <translation>altos funcionarios</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="39"/>
        <source>working</source>
        <translation>de trabajo</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="40"/>
        <source>technical</source>
        <translation>técnico</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="42"/>
        <source>meeting</source>
        <translation>reunión</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="43"/>
        <source>agenda item</source>
        <translation>punto del orden del día</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="44"/>
        <source>minutes</source>
        <translation>actas</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="45"/>
        <source>commitment</source>
        <translation>compromiso</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="46"/>
        <source>communiqué</source>
        <translation>comunicado</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="48"/>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="49"/>
        <source>ad referendum</source>
        <translation>ad referéndum</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="50"/>
        <source>agreed</source>
        <translation>acordado</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="51"/>
        <source>issued</source>
        <translation>emitido</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <location filename="../../app/ui/navigator.py" line="27"/>
        <source>Delegations</source>
        <translation>Delegaciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="28"/>
        <source>Bodies</source>
        <translation>Órganos</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="29"/>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="30"/>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="31"/>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="32"/>
        <source>Communiqués</source>
        <translation>Comunicados</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="274"/>
        <source>upcoming</source>
        <translation>próxima</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="283"/>
        <source>Talks</source>
        <translation>Negociaciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="283"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="283"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="283"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <location filename="../../app/ui/new_meeting.py" line="115"/>
        <location filename="../../app/ui/new_meeting.py" line="177"/>
        <location filename="../../app/ui/new_meeting.py" line="185"/>
        <source>New meeting</source>
        <translation>Nueva reunión</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_meeting.py" line="116"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_meeting.py" line="116"/>
        <source>Body</source>
        <translation>Órgano</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_meeting.py" line="116"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_meeting.py" line="116"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_meeting.py" line="116"/>
        <source>Local time</source>
        <translation>Hora local</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_meeting.py" line="117"/>
        <source>UTC offset</source>
        <translation>Desfase UTC</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_meeting.py" line="117"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_meeting.py" line="117"/>
        <source>Venue</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_meeting.py" line="122"/>
        <source>The meeting has a set time</source>
        <translation>La reunión tiene hora fijada</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_meeting.py" line="144"/>
        <source>The body&apos;s last meeting left nothing open to carry over.</source>
        <translation>La última reunión del órgano no dejó nada pendiente.</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_meeting.py" line="146"/>
        <source>Carry over to the new agenda:</source>
        <translation>Pasar al nuevo orden del día:</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_meeting.py" line="159"/>
        <source>A review: put the open commitment on the agenda</source>
        <translation>Una revisión: poner en el orden del día el compromiso abierto</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_meeting.py" line="160"/>
        <source>A review: put the %1 open commitments on the agenda</source>
        <translation>Una revisión: poner en el orden del día los %1 compromisos abiertos</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_meeting.py" line="161"/>
        <source>A review of commitments</source>
        <translation>Una revisión de compromisos</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_meeting.py" line="170"/>
        <source>Owners: %1. Due: %2. Status: %3.</source>
        <translation>Responsables: %1. Plazo: %2. Estado: %3.</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_meeting.py" line="171"/>
        <source>all jointly</source>
        <translation>todas conjuntamente</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_meeting.py" line="110"/>
        <location filename="../../app/ui/new_meeting.py" line="148"/>
        <source>Review of commitments</source>
        <translation>Examen de los compromisos</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <location filename="../../app/ui/opening.py" line="21"/>
        <source>%1.

Open it read-only? You will see the record but cannot change it.</source>
        <translation>%1.

¿Abrirlo solo para lectura? Verá el registro pero no podrá modificarlo.</translation>
    </message>
</context>
<context>
    <name>ParagraphsModel</name>
    <message>
        <location filename="../../app/ui/communique_editor.py" line="112"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../app/ui/preferences.py" line="54"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="55"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="56"/>
        <source>The system&apos;s language (%1)</source>
        <translation>El idioma del sistema (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="58"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="59"/>
        <source>Your &amp;name in the history of changes</source>
        <translation>Su &amp;nombre en el historial de cambios</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="60"/>
        <source>Your name in the history of changes</source>
        <translation>Su nombre en el historial de cambios</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="61"/>
        <source>Empty: your login name</source>
        <translation>Vacío: su nombre de usuario</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../app/ui/progress_dialog.py" line="86"/>
        <location filename="../../app/ui/progress_dialog.py" line="143"/>
        <source>Record progress</source>
        <translation>Registrar avance</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_dialog.py" line="87"/>
        <source>Status now: %1</source>
        <translation>Estado actual: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_dialog.py" line="88"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_dialog.py" line="88"/>
        <source>New status</source>
        <translation>Nuevo estado</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_dialog.py" line="88"/>
        <source>Superseded by</source>
        <translation>Sustituido por</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_dialog.py" line="88"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_dialog.py" line="92"/>
        <source>(unchanged)</source>
        <translation>(sin cambio)</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_dialog.py" line="94"/>
        <source>Score of %1</source>
        <translation>Puntuación de %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_dialog.py" line="97"/>
        <source>not scored</source>
        <translation>sin puntuar</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_dialog.py" line="97"/>
        <source>+1 full compliance</source>
        <translation>+1 cumplimiento pleno</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_dialog.py" line="98"/>
        <source>0 partial compliance</source>
        <translation>0 cumplimiento parcial</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_dialog.py" line="98"/>
        <source>-1 no compliance</source>
        <translation>-1 sin cumplimiento</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_dialog.py" line="126"/>
        <source>Give a new status, a note or a score.</source>
        <translation>Indique un nuevo estado, una nota o una puntuación.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../app/ui/forms.py" line="195"/>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="68"/>
        <source>Progress report</source>
        <translation>Informe de avance</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="69"/>
        <source>&amp;As of</source>
        <translation>&amp;Al</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="70"/>
        <source>As of</source>
        <translation>Al</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="71"/>
        <source>Progress of the report</source>
        <translation>Avance del informe</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="72"/>
        <source>Preview of the report</source>
        <translation>Vista previa del informe</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="73"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Guardar PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="74"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="75"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="88"/>
        <source>Preparing the report…</source>
        <translation>Preparando el informe…</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="118"/>
        <source>%1 pages; the preview shows the first %2, Save PDF and Print take them all.</source>
        <translation>%1 páginas; la vista previa muestra las %2 primeras, Guardar PDF e Imprimir las toman todas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="123"/>
        <source>%1 pages</source>
        <translation>%1 páginas</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="121"/>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="133"/>
        <source>Save PDF</source>
        <translation>Guardar PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="134"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../../app/ui/welcome.py" line="58"/>
        <source>This record is empty</source>
        <translation>Este registro está vacío</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="60"/>
        <source>Accord keeps the record of the talks: delegations, meetings, minutes, commitments and communiqués. Start from the sample — the 2001 U.S.–Mexico migration talks —, start new talks, or import a talks bundle.</source>
        <translation>Accord lleva el registro de las negociaciones: delegaciones, reuniones, actas, compromisos y comunicados. Empiece con el ejemplo —las conversaciones México–Estados Unidos sobre migración de 2001—, inicie nuevas negociaciones o importe un paquete de negociaciones.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="65"/>
        <location filename="../../app/ui/welcome.py" line="66"/>
        <source>Open the sample talks</source>
        <translation>Abrir las negociaciones de ejemplo</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="67"/>
        <location filename="../../app/ui/welcome.py" line="68"/>
        <source>Start new talks</source>
        <translation>Iniciar nuevas negociaciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="69"/>
        <source>Import a bundle…</source>
        <translation>Importar un paquete…</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="70"/>
        <source>Import a bundle</source>
        <translation>Importar un paquete</translation>
    </message>
</context>
</TS>
