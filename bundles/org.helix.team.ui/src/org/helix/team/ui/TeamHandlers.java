package org.helix.team.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** The Team menu's commands (main menu and the Model Explorer's context menu), on the project of the selection or editor. */
public final class TeamHandlers {

	private TeamHandlers() {
	}

	abstract static class ProjectHandler extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
			ISelection selection = HandlerUtil.getCurrentSelection(event);
			execute(window.getShell(), TeamUI.project(window, selection), TeamUI.modelFile(window, selection));
			return null;
		}

		abstract void execute(Shell shell, IProject project, IFile model);
	}

	public static final class Share extends ProjectHandler {
		@Override
		void execute(Shell shell, IProject project, IFile model) {
			TeamOperations.share(shell, project);
		}
	}

	public static final class Commit extends ProjectHandler {
		@Override
		void execute(Shell shell, IProject project, IFile model) {
			TeamOperations.commit(shell, project);
		}
	}

	public static final class Pull extends ProjectHandler {
		@Override
		void execute(Shell shell, IProject project, IFile model) {
			TeamOperations.pull(shell, project);
		}
	}

	public static final class Push extends ProjectHandler {
		@Override
		void execute(Shell shell, IProject project, IFile model) {
			TeamOperations.push(shell, project);
		}
	}

	public static final class ShowHistory extends ProjectHandler {
		@Override
		void execute(Shell shell, IProject project, IFile model) {
			if (TeamOperations.showView(TeamUI.HISTORY_VIEW) instanceof HistoryView view && model != null) {
				view.show(model);
			}
		}
	}

	public static final class ShowCompare extends ProjectHandler {
		@Override
		void execute(Shell shell, IProject project, IFile model) {
			if (TeamOperations.showView(TeamUI.COMPARE_VIEW) instanceof CompareView view && model != null) {
				view.show(model);
			}
		}
	}
}
