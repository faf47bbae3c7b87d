package org.helix.analysis.ui;

import java.time.LocalDate;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;

/** "As of: [date]": the date the analyses measure against, today when the view opens. Two widgets in the parent. */
public final class AsOfDate {

	private final DateTime picker;
	private LocalDate current;
	private boolean setting;

	public AsOfDate(Composite parent, Consumer<LocalDate> changed) {
		Label label = new Label(parent, SWT.NONE);
		label.setText("As of:");
		picker = new DateTime(parent, SWT.DATE | SWT.MEDIUM | SWT.DROP_DOWN | SWT.BORDER);
		picker.setToolTipText("The date the analyses measure against (deadlines, expected progress, staleness)");
		set(LocalDate.now());
		picker.addListener(SWT.Selection, e -> {
			// GTK may report setDate's intermediate steps (year, month, day) as selections; only a new date counts
			LocalDate date = get();
			if (!setting && !date.equals(current)) {
				current = date;
				changed.accept(date);
			}
		});
	}

	public LocalDate get() {
		// DateTime counts months from 0
		return LocalDate.of(picker.getYear(), picker.getMonth() + 1, picker.getDay());
	}

	/** Shows the date without notifying: the caller already knows. */
	public void set(LocalDate date) {
		setting = true;
		try {
			picker.setDate(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
			current = date;
		} finally {
			setting = false;
		}
	}

	public DateTime control() {
		return picker;
	}
}
