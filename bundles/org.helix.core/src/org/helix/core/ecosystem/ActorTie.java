package org.helix.core.ecosystem;

import org.eclipse.emf.ecore.EObject;
import org.helix.model.ecosystem.Actor;

/**
 * One tie between two actors that the model implies. The ends are the actors that stand in the network (a person with
 * an organisation is represented by it). They can be the same actor (an organisation named as its own parent, a
 * relationship from an actor to itself): the network counts such ties and leaves them out, diagrams draw none.
 *
 * @param source   the source (for a mutual tie: the end that comes first)
 * @param target   the target
 * @param kind     where the tie comes from
 * @param directed whether the tie has a direction (a material flow, advice, funding) or is mutual (co-membership)
 * @param via      the element that makes the tie: the body, cluster, project, instrument, input, action, relationship,
 *                 flow or value chain, or the organisation for an affiliation
 * @param label    what a person reads about {@code via}: its name, an action's code, a relationship's kind
 */
public record ActorTie(Actor source, Actor target, ActorTieKind kind, boolean directed, EObject via, String label) {
}
